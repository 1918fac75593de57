/**
 * The catalogue against the Service Authorization Reference for EC2 Image Builder
 * (shared/reference/imagebuilder-authorization-reference.md, same iam-data version) and a few
 * well-known entries of other services (S3, IAM, Lambda, CloudWatch Logs).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCatalog, suggestAction, suggestService } from './index.js';

const catalog = createCatalog();

describe('services and actions', () => {
  it('knows imagebuilder: 77 actions and 16 resource types', () => {
    assert.equal(catalog.serviceExists('imagebuilder'), true);
    assert.equal(catalog.actions('imagebuilder').length, 77);
    assert.equal(catalog.resourceTypes('imagebuilder').length, 16);
  });

  it('describes imagebuilder:CreateComponent as the reference does', () => {
    const action = catalog.action('imagebuilder', 'CreateComponent');
    assert.deepEqual(action, {
      service: 'imagebuilder',
      name: 'CreateComponent',
      accessLevel: 'Write',
      resourceTypes: [{ name: 'component', required: true, conditionKeys: [] }],
      conditionKeys: ['aws:RequestTag/${TagKey}', 'aws:TagKeys'],
      dependentActions: [],
    });
  });

  it('lists the resource types of imagebuilder:TagResource, none of them required', () => {
    const names = catalog
      .action('imagebuilder', 'TagResource')
      ?.resourceTypes.map((r) => [r.name, r.required]);
    assert.deepEqual(names, [
      ['component', false],
      ['containerRecipe', false],
      ['distributionConfiguration', false],
      ['image', false],
      ['imagePipeline', false],
      ['imageRecipe', false],
      ['infrastructureConfiguration', false],
      ['lifecyclePolicy', false],
      ['workflow', false],
    ]);
  });

  it('has no resource type for the wildcard-only imagebuilder:ListImages', () => {
    assert.deepEqual(catalog.action('imagebuilder', 'ListImages')?.resourceTypes, []);
  });

  it('looks actions and services up case-insensitively, returning the canonical case', () => {
    assert.equal(catalog.action('ImageBuilder', 'getimage')?.name, 'GetImage');
    assert.equal(catalog.action('IAM', 'LISTACCESSKEYS')?.name, 'ListAccessKeys');
    assert.equal(catalog.serviceExists('IMAGEBUILDER'), true);
  });

  it('answers undefined for unknown actions and services', () => {
    assert.equal(catalog.action('imagebuilder', 'GetImge'), undefined);
    assert.equal(catalog.action('imagebuildr', 'GetImage'), undefined);
    assert.equal(catalog.serviceExists('imagebuildr'), false);
    assert.deepEqual(catalog.actions('imagebuildr'), []);
  });
});

describe('resource control policies', () => {
  it('knows which services RCPs cover', () => {
    assert.equal(catalog.supportsRcp('s3'), true);
    assert.equal(catalog.supportsRcp('STS'), true);
    assert.equal(catalog.supportsRcp('imagebuilder'), false);
  });
});

describe('action patterns', () => {
  it('expands imagebuilder:Get* to the 17 Get actions', () => {
    const names = catalog.expandActionPattern('imagebuilder:Get*').map((a) => a.name);
    assert.equal(names.length, 17);
    assert.ok(names.every((n) => n.startsWith('Get')));
    assert.ok(names.includes('GetImage') && names.includes('GetWorkflowStepExecution'));
  });

  it('expands case-insensitively, with ? for one character', () => {
    assert.deepEqual(
      catalog.expandActionPattern('IMAGEBUILDER:getimag?').map((a) => a.name),
      ['GetImage'],
    );
  });

  it('expands service:* to every action of the service and finds nothing for unknown ones', () => {
    assert.equal(catalog.expandActionPattern('imagebuilder:*').length, 77);
    assert.deepEqual(catalog.expandActionPattern('imagebuilder:Frobnicate*'), []);
    assert.deepEqual(catalog.expandActionPattern('nosuchservice:*'), []);
  });
});

describe('resource types', () => {
  it('gives the ARN format of imagebuilder image', () => {
    assert.equal(
      catalog.resourceType('imagebuilder', 'IMAGE')?.arnFormat,
      'arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/${ImageBuildVersion}',
    );
  });

  it('classifies an image build ARN as image (and all build versions), and a version ARN as imageVersion', () => {
    const types = (arn: string): string[] =>
      catalog.matchingResourceTypes('imagebuilder', arn).map((r) => r.name);
    assert.deepEqual(types('arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0/1').sort(), [
      'allImageBuildVersions',
      'image',
    ]);
    assert.deepEqual(types('arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.0.0'), ['imageVersion']);
  });

  it('tells an S3 bucket from an object', () => {
    const listBucket = catalog.action('s3', 'ListBucket')!;
    const getObject = catalog.action('s3', 'GetObject')!;
    assert.deepEqual(catalog.resourceTypesForArn(listBucket, 'arn:aws:s3:::my-bucket'), ['bucket']);
    assert.deepEqual(catalog.resourceTypesForArn(listBucket, 'arn:aws:s3:::my-bucket/*'), []);
    assert.deepEqual(catalog.resourceTypesForArn(getObject, 'arn:aws:s3:::my-bucket/*'), ['object']);
    assert.deepEqual(catalog.resourceTypesForArn(getObject, 'arn:aws:s3:::ec2imagebuilder*'), ['object']);
  });

  it('lets loose matching cross ":" but never a "/" that the formats put after a name', () => {
    const names = (arn: string): string[] =>
      catalog.matchingResourceTypes('lambda', arn, { loose: true }).map((r) => r.name);
    assert.ok(names('arn:aws:lambda:us-east-1:123456789012:function:build:1').includes('function'));
    const listBucket = catalog.action('s3', 'ListBucket')!;
    assert.deepEqual(
      catalog.resourceTypesForArn(listBucket, 'arn:aws:s3:::my-bucket/*', { loose: true }),
      [],
    );
  });

  it('lets role names carry paths and wildcards match inside components', () => {
    const passRole = catalog.action('iam', 'PassRole')!;
    assert.deepEqual(
      catalog.resourceTypesForArn(passRole, 'arn:aws:iam::123456789012:role/service/builder'),
      ['role'],
    );
    assert.deepEqual(catalog.resourceTypesForArn(passRole, 'arn:aws:iam::*:role/*imagebuilder*'), ['role']);
    assert.deepEqual(catalog.resourceTypesForArn(passRole, 'arn:aws:iam::123456789012:user/alice'), []);
    assert.deepEqual(catalog.resourceTypesForArn(passRole, '*'), ['role']);
  });

  it('tells a Lambda function from its versions and aliases', () => {
    const names = (arn: string): string[] => catalog.matchingResourceTypes('lambda', arn).map((r) => r.name);
    assert.deepEqual(names('arn:aws:lambda:us-east-1:123456789012:function:build'), ['function']);
    assert.deepEqual(names('arn:aws:lambda:us-east-1:123456789012:function:build:1').sort(), [
      'function alias',
      'function version',
    ]);
  });

  it('lets a log-group pattern with a trailing * cover its log streams', () => {
    const putLogEvents = catalog.action('logs', 'PutLogEvents')!;
    assert.deepEqual(
      catalog.resourceTypesForArn(putLogEvents, 'arn:aws:logs:*:*:log-group:/aws/imagebuilder/*'),
      ['log-stream'],
    );
  });
});

describe('condition keys', () => {
  it('knows aws:TagKeys as a multivalued ArrayOfString', () => {
    assert.deepEqual(catalog.conditionKey('aws:TagKeys'), { key: 'aws:TagKeys', type: 'ArrayOfString' });
    assert.equal(catalog.isMultiValued('AWS:tagkeys'), true);
  });

  it('knows iam:PassedToService as a single-valued String', () => {
    assert.deepEqual(catalog.conditionKey('iam:passedtoservice'), {
      key: 'iam:PassedToService',
      type: 'String',
    });
    assert.equal(catalog.isMultiValued('iam:PassedToService'), false);
  });

  it('resolves tag keys through their templates', () => {
    assert.equal(catalog.conditionKey('aws:RequestTag/Env')?.type, 'String');
    assert.equal(catalog.conditionKey('aws:PrincipalTag/team')?.type, 'String');
    assert.deepEqual(catalog.conditionKey('s3:ExistingObjectTag/team'), {
      key: 's3:ExistingObjectTag/<key>',
      type: 'String',
    });
    assert.deepEqual(catalog.conditionKey('imagebuilder:CreatedResourceTag/CreatedBy'), {
      key: 'imagebuilder:CreatedResourceTag/${TagKey}',
      type: 'String',
    });
    assert.equal(catalog.conditionKey('aws:RequestTag'), undefined);
  });

  it('gives the types of global keys', () => {
    assert.equal(catalog.conditionKey('aws:SourceIp')?.type, 'IPAddress');
    assert.equal(catalog.conditionKey('aws:MultiFactorAuthPresent')?.type, 'Bool');
    assert.equal(catalog.conditionKey('aws:MultiFactorAuthAge')?.type, 'Numeric');
    assert.equal(catalog.conditionKey('aws:CurrentTime')?.type, 'Date');
    assert.equal(catalog.conditionKey('aws:PrincipalArn')?.type, 'ARN');
    assert.equal(catalog.isMultiValued('aws:CalledVia'), true);
  });

  it('finds keys of identity providers through the services that define them', () => {
    assert.equal(catalog.conditionKey('saml:aud')?.type, 'String');
    assert.equal(catalog.conditionKey('token.actions.githubusercontent.com:actor')?.type, 'String');
  });

  it('answers undefined for unknown keys', () => {
    assert.equal(catalog.conditionKey('aws:NoSuchKey'), undefined);
    assert.equal(catalog.conditionKey('imagebuilder:NoSuchKey'), undefined);
    assert.equal(catalog.conditionKey('nosuchservice:Key'), undefined);
    assert.equal(catalog.isMultiValued('aws:NoSuchKey'), false);
  });
});

describe('did you mean', () => {
  it('suggests the closest service and action', () => {
    assert.equal(suggestService(catalog, 'imagebuildr'), 'imagebuilder');
    assert.equal(suggestService(catalog, 'IMAGEBUILDR'), 'imagebuilder');
    assert.equal(suggestAction(catalog, 'imagebuilder', 'GetImge'), 'imagebuilder:GetImage');
    assert.equal(suggestAction(catalog, 'iam', 'passrol'), 'iam:PassRole');
  });

  it('suggests nothing when no name is close', () => {
    assert.equal(suggestService(catalog, 'qqqqqqqqqqqqqqqqqq'), undefined);
    assert.equal(suggestAction(catalog, 'imagebuilder', 'Xyzzy'), undefined);
  });
});
