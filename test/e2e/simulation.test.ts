// The policy simulator through the AWS SDK: SimulatePrincipalPolicy on users (with their groups' policies
// and permissions boundary), groups and roles, SimulateCustomPolicy with resource-based policies and SCPs,
// and the context keys operations. Expected decisions follow the AWS managed policy documents and IAM's
// evaluation logic; the answer's shape follows the API reference.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetContextKeysForCustomPolicyCommand,
  GetContextKeysForPrincipalPolicyCommand,
  GetPolicyVersionCommand,
  GetPolicyCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  type ContextEntry,
  type EvaluationResult,
  type IAMClient,
  type Statement,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import { allowPolicy, createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const AWS = 'arn:aws:iam::aws:policy/';
const FULL_ACCESS = `${AWS}AWSImageBuilderFullAccess`;
const READ_ONLY = `${AWS}AWSImageBuilderReadOnlyAccess`;
const user = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const ROLE_TEMPLATE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
const TRUST_EC2 = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const passedTo = (service: string): ContextEntry => ({
  ContextKeyName: 'iam:PassedToService',
  ContextKeyValues: [service],
  ContextKeyType: 'string',
});

/** A pretty-printed policy whose only statement spans line 4 column 5 to line 9 column 6 (end exclusive). */
const DENY_PROD_PASS_ROLE = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DenyProd', Effect: 'Deny', Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/prod-*' },
    ],
  },
  null,
  2,
);

/** The single evaluation result of a simulation. */
function only(results: EvaluationResult[] | undefined): EvaluationResult {
  assert.equal(results?.length, 1);
  return results![0]!;
}

/** The text of a statement as StartPosition/EndPosition locate it in a one-line document. */
function statementText(document: string, statement: Statement): string {
  assert.equal(statement.StartPosition?.Line, 1);
  assert.equal(statement.EndPosition?.Line, 1);
  return document.slice(statement.StartPosition!.Column! - 1, statement.EndPosition!.Column! - 1);
}

describe('policy simulation', () => {
  let server: TestServer;
  let root: IAMClient;

  before(async () => {
    server = await startTestServer();
    root = server.iam();
    await root.send(new CreateUserCommand({ UserName: 'ib-user' }));
    await root.send(new AttachUserPolicyCommand({ UserName: 'ib-user', PolicyArn: FULL_ACCESS }));
  });
  after(() => server.stop());

  describe('AWSImageBuilderFullAccess: iam:PassRole', () => {
    const simulatePassRole = (resource: string, context: ContextEntry[]) =>
      root.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: user('ib-user'),
          ActionNames: ['iam:PassRole'],
          ResourceArns: [resource],
          ContextEntries: context,
        }),
      );

    it('allows passing a role whose name contains "imagebuilder" to EC2', async () => {
      const result = only(
        (await simulatePassRole(role('imagebuilder-instance-role'), [passedTo('ec2.amazonaws.com')]))
          .EvaluationResults,
      );
      assert.equal(result.EvalActionName, 'iam:PassRole');
      assert.equal(result.EvalDecision, 'allowed');
      assert.equal(result.EvalResourceName, ROLE_TEMPLATE);
      assert.deepEqual(result.MissingContextValues, []);
      assert.deepEqual(result.EvalDecisionDetails, {});
      const statement = result.MatchedStatements?.[0];
      assert.equal(result.MatchedStatements?.length, 1);
      assert.equal(statement?.SourcePolicyId, 'AWSImageBuilderFullAccess');
      assert.equal(statement?.SourcePolicyType, 'IAM Policy');
      // The positions point at the PassRole statement of the policy's default version.
      const policy = (await root.send(new GetPolicyCommand({ PolicyArn: FULL_ACCESS }))).Policy!;
      const version = await root.send(
        new GetPolicyVersionCommand({ PolicyArn: FULL_ACCESS, VersionId: policy.DefaultVersionId }),
      );
      const document = decodeURIComponent(version.PolicyVersion!.Document!);
      const located = JSON.parse(statementText(document, statement!)) as {
        Action: string;
        Condition: unknown;
      };
      assert.equal(located.Action, 'iam:PassRole');
      assert.deepEqual(located.Condition, { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } });
      assert.deepEqual(result.ResourceSpecificResults, [
        {
          EvalResourceName: role('imagebuilder-instance-role'),
          EvalResourceDecision: 'allowed',
          MatchedStatements: result.MatchedStatements,
          MissingContextValues: [],
        },
      ]);
    });

    it('is an implicit deny without iam:PassedToService, which is reported missing', async () => {
      const result = only((await simulatePassRole(role('imagebuilder-instance-role'), [])).EvaluationResults);
      assert.equal(result.EvalDecision, 'implicitDeny');
      assert.deepEqual(result.MatchedStatements, []);
      assert.deepEqual(result.MissingContextValues, ['iam:PassedToService']);
      assert.deepEqual(result.ResourceSpecificResults?.[0]?.MissingContextValues, ['iam:PassedToService']);
      assert.equal(result.ResourceSpecificResults?.[0]?.EvalResourceDecision, 'implicitDeny');
    });

    it('is an implicit deny for another service or a role name without lower-case "imagebuilder"', async () => {
      const lambda = only(
        (await simulatePassRole(role('imagebuilder-role'), [passedTo('lambda.amazonaws.com')]))
          .EvaluationResults,
      );
      assert.equal(lambda.EvalDecision, 'implicitDeny');
      assert.deepEqual(lambda.MissingContextValues, []);
      // ARN matching is case-sensitive: "ImageBuilder" is not "imagebuilder".
      const named = only(
        (await simulatePassRole(role('EC2InstanceProfileForImageBuilder'), [passedTo('ec2.amazonaws.com')]))
          .EvaluationResults,
      );
      assert.equal(named.EvalDecision, 'implicitDeny');
      const profile = only(
        (
          await simulatePassRole(`arn:aws:iam::${ACCOUNT}:instance-profile/my-imagebuilder-profile`, [
            passedTo('ec2.amazonaws.com'),
          ])
        ).EvaluationResults,
      );
      assert.equal(profile.EvalDecision, 'allowed');
    });
  });

  describe('SimulatePrincipalPolicy', () => {
    it('simulates all resources (*) when ResourceArns is absent, one result per action', async () => {
      const out = await root.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: user('ib-user'),
          ActionNames: ['imagebuilder:CreateImagePipeline', 'sns:ListTopics', 's3:PutObject'],
        }),
      );
      assert.deepEqual(
        out.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalResourceName, r.EvalDecision]),
        [
          ['imagebuilder:CreateImagePipeline', '*', 'allowed'],
          ['sns:ListTopics', '*', 'allowed'],
          ['s3:PutObject', '*', 'implicitDeny'],
        ],
      );
      for (const result of out.EvaluationResults ?? []) {
        assert.equal(result.ResourceSpecificResults, undefined);
        assert.equal(result.EvalDecisionDetails, undefined);
      }
      assert.equal(out.IsTruncated, false);
    });

    it('reports an explicit deny from PolicyInputList with the deny statement and its position', async () => {
      const result = only(
        (
          await root.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: user('ib-user'),
              PolicyInputList: [DENY_PROD_PASS_ROLE],
              ActionNames: ['iam:PassRole'],
              ResourceArns: [role('prod-imagebuilder-role'), role('dev-imagebuilder-role')],
              ContextEntries: [passedTo('ec2.amazonaws.com')],
            }),
          )
        ).EvaluationResults,
      );
      // The top-level decision is the most restrictive across the resources.
      assert.equal(result.EvalDecision, 'explicitDeny');
      const deny = {
        SourcePolicyId: 'PolicyInputList.1',
        SourcePolicyType: 'IAM Policy',
        StartPosition: { Line: 4, Column: 5 },
        EndPosition: { Line: 9, Column: 6 },
      };
      assert.deepEqual(result.MatchedStatements, [deny]);
      assert.deepEqual(
        result.ResourceSpecificResults?.map((r) => [r.EvalResourceName, r.EvalResourceDecision]),
        [
          [role('prod-imagebuilder-role'), 'explicitDeny'],
          [role('dev-imagebuilder-role'), 'allowed'],
        ],
      );
      assert.deepEqual(result.ResourceSpecificResults?.[0]?.MatchedStatements, [deny]);
      assert.equal(
        result.ResourceSpecificResults?.[1]?.MatchedStatements?.[0]?.SourcePolicyId,
        'AWSImageBuilderFullAccess',
      );
    });

    it('includes the policies of the user’s groups', async () => {
      await root.send(new CreateGroupCommand({ GroupName: 'image-readers' }));
      await root.send(
        new PutGroupPolicyCommand({
          GroupName: 'image-readers',
          PolicyName: 'read-images',
          PolicyDocument: allowPolicy('imagebuilder:GetImage'),
        }),
      );
      await root.send(new CreateUserCommand({ UserName: 'member' }));
      await root.send(new AddUserToGroupCommand({ GroupName: 'image-readers', UserName: 'member' }));
      const viaUser = only(
        (
          await root.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: user('member'),
              ActionNames: ['imagebuilder:GetImage'],
            }),
          )
        ).EvaluationResults,
      );
      assert.equal(viaUser.EvalDecision, 'allowed');
      assert.equal(viaUser.MatchedStatements?.[0]?.SourcePolicyId, 'read-images');
      const viaGroup = only(
        (
          await root.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: `arn:aws:iam::${ACCOUNT}:group/image-readers`,
              ActionNames: ['imagebuilder:GetImage'],
            }),
          )
        ).EvaluationResults,
      );
      assert.equal(viaGroup.EvalDecision, 'allowed');
    });

    it('applies the permissions boundary and reports its effect', async () => {
      await root.send(new CreateUserCommand({ UserName: 'bounded' }));
      await root.send(new AttachUserPolicyCommand({ UserName: 'bounded', PolicyArn: FULL_ACCESS }));
      await root.send(
        new PutUserPermissionsBoundaryCommand({ UserName: 'bounded', PermissionsBoundary: READ_ONLY }),
      );
      const out = await root.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: user('bounded'),
          ActionNames: ['imagebuilder:CreateImagePipeline', 'imagebuilder:GetImage'],
        }),
      );
      const [create, get] = out.EvaluationResults ?? [];
      assert.equal(create?.EvalDecision, 'implicitDeny');
      assert.deepEqual(create?.PermissionsBoundaryDecisionDetail, { AllowedByPermissionsBoundary: false });
      assert.equal(get?.EvalDecision, 'allowed');
      assert.deepEqual(get?.PermissionsBoundaryDecisionDetail, { AllowedByPermissionsBoundary: true });
      // A boundary given as input replaces the entity's.
      const replaced = only(
        (
          await root.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: user('bounded'),
              PermissionsBoundaryPolicyInputList: [allowPolicy('imagebuilder:*')],
              ActionNames: ['imagebuilder:CreateImagePipeline'],
            }),
          )
        ).EvaluationResults,
      );
      assert.equal(replaced.EvalDecision, 'allowed');
      assert.deepEqual(replaced.PermissionsBoundaryDecisionDetail, { AllowedByPermissionsBoundary: true });
    });

    it('simulates a role’s policies', async () => {
      await root.send(
        new CreateRoleCommand({ RoleName: 'pipeline-role', AssumeRolePolicyDocument: TRUST_EC2 }),
      );
      await root.send(
        new PutRolePolicyCommand({
          RoleName: 'pipeline-role',
          PolicyName: 'start-pipelines',
          PolicyDocument: allowPolicy('imagebuilder:StartImagePipelineExecution'),
        }),
      );
      const out = await root.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: role('pipeline-role'),
          ActionNames: ['imagebuilder:StartImagePipelineExecution', 'imagebuilder:DeleteImagePipeline'],
        }),
      );
      assert.deepEqual(
        out.EvaluationResults?.map((r) => [r.EvalDecision, r.MatchedStatements?.[0]?.SourcePolicyId]),
        [
          ['allowed', 'start-pipelines'],
          ['implicitDeny', undefined],
        ],
      );
      const error = await rejection(
        root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: role('pipeline-role'),
            ActionNames: ['s3:GetObject'],
            ResourcePolicy: policyText({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }],
            }),
          }),
        ),
      );
      assert.equal(error.name, 'InvalidInputException');
      assert.equal(error.message, "Simulation of resource-based policies isn't supported for IAM roles.");
    });

    it('leaves out the policies in PolicyExclusionList', async () => {
      const simulateWithout = async (exclusion: object) =>
        only(
          (
            await root.send(
              new SimulatePrincipalPolicyCommand({
                PolicySourceArn: user('ib-user'),
                ActionNames: ['imagebuilder:GetImage'],
                PolicyExclusionList: [exclusion as never],
              }),
            )
          ).EvaluationResults,
        ).EvalDecision;
      assert.equal(await simulateWithout({ PolicyArn: FULL_ACCESS }), 'implicitDeny');
      assert.equal(await simulateWithout({ PolicyArn: `${AWS}AWSImageBuilder*` }), 'implicitDeny');
      assert.equal(await simulateWithout({ PolicyType: 'aws-managed' }), 'implicitDeny');
      assert.equal(await simulateWithout({ PolicyType: 'inline' }), 'allowed');
      assert.equal(await simulateWithout({ PolicyArn: `${AWS}SomethingElse` }), 'allowed');
    });

    it('paginates the results with MaxItems and Marker', async () => {
      const input = {
        PolicySourceArn: user('ib-user'),
        ActionNames: ['imagebuilder:GetImage', 'imagebuilder:ListImages', 'ec2:DescribeImages'],
        MaxItems: 2,
      };
      const first = await root.send(new SimulatePrincipalPolicyCommand(input));
      assert.equal(first.EvaluationResults?.length, 2);
      assert.equal(first.IsTruncated, true);
      const second = await root.send(new SimulatePrincipalPolicyCommand({ ...input, Marker: first.Marker }));
      assert.deepEqual(
        second.EvaluationResults?.map((r) => r.EvalActionName),
        ['ec2:DescribeImages'],
      );
      assert.equal(second.IsTruncated, false);
    });

    it('reports entities that do not exist and ARNs that are not entities', async () => {
      const missing = await rejection(
        root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: user('nobody'),
            ActionNames: ['s3:GetObject'],
          }),
        ),
      );
      assert.equal(missing.name, 'NoSuchEntityException');
      assert.equal(missing.message, 'The user with name nobody cannot be found.');
      const sessionArn = `arn:aws:sts::${ACCOUNT}:assumed-role/pipeline-role/session`;
      const session = await rejection(
        root.send(
          new SimulatePrincipalPolicyCommand({ PolicySourceArn: sessionArn, ActionNames: ['s3:GetObject'] }),
        ),
      );
      assert.equal(session.name, 'InvalidInputException');
      assert.equal(
        session.message,
        `Invalid Entity Arn: ${sessionArn} does not clearly define entity type and name.`,
      );
      const foreign = await rejection(
        root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: 'arn:aws:iam::111122223333:user/x',
            ActionNames: ['s3:GetObject'],
          }),
        ),
      );
      assert.equal(foreign.name, 'InvalidInputException');
      assert.equal(
        foreign.message,
        `Invalid Policy Source Arn: caller's account ${ACCOUNT} does not have access to policies in account 111122223333`,
      );
      const resource = await rejection(
        root.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: user('ib-user'),
            ActionNames: ['kms:Decrypt'],
            ResourceArns: ['14a050d4-021e-4efe-84bb-0871bf6d0fda'],
          }),
        ),
      );
      assert.equal(resource.name, 'InvalidInputException');
      assert.equal(
        resource.message,
        'ResourceNames are not in a valid ARN format: 14a050d4-021e-4efe-84bb-0871bf6d0fda.',
      );
    });
  });

  describe('SimulateCustomPolicy', () => {
    // The AWS CLI reference's simulate-custom-policy examples.
    const afterDate = policyText({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'dynamodb:*',
        Resource: '*',
        Condition: { DateGreaterThan: { 'aws:CurrentTime': '2018-08-16T12:00:00Z' } },
      },
    });
    const at = (time: string): ContextEntry => ({
      ContextKeyName: 'aws:CurrentTime',
      ContextKeyValues: [time],
      ContextKeyType: 'date',
    });

    it('evaluates a date condition against the aws:CurrentTime given', async () => {
      const simulateAt = async (time: string) =>
        only(
          (
            await root.send(
              new SimulateCustomPolicyCommand({
                PolicyInputList: [afterDate],
                ActionNames: ['dynamodb:CreateBackup'],
                ContextEntries: [at(time)],
              }),
            )
          ).EvaluationResults,
        );
      const allowed = await simulateAt('2019-04-25T11:00:00Z');
      assert.equal(allowed.EvalDecision, 'allowed');
      assert.equal(allowed.EvalResourceName, '*');
      assert.equal(allowed.MatchedStatements?.[0]?.SourcePolicyId, 'PolicyInputList.1');
      assert.equal((await simulateAt('2014-04-25T11:00:00Z')).EvalDecision, 'implicitDeny');
    });

    it('takes multivalued context keys as lists', async () => {
      const tagPolicy = policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:TagRole',
            Resource: '*',
            Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
          },
        ],
      });
      const simulateKeys = async (keys: string[]) =>
        only(
          (
            await root.send(
              new SimulateCustomPolicyCommand({
                PolicyInputList: [tagPolicy],
                ActionNames: ['iam:TagRole'],
                ContextEntries: [
                  { ContextKeyName: 'aws:TagKeys', ContextKeyValues: keys, ContextKeyType: 'stringList' },
                ],
              }),
            )
          ).EvaluationResults,
        ).EvalDecision;
      assert.equal(await simulateKeys(['env']), 'allowed');
      assert.equal(await simulateKeys(['env', 'owner']), 'implicitDeny');
    });

    it('applies a resource-based policy naming the caller', async () => {
      await root.send(new CreateUserCommand({ UserName: 'reader' }));
      const bucketPolicy = policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: user('reader') },
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::reports/*',
          },
        ],
      });
      const result = only(
        (
          await root.send(
            new SimulateCustomPolicyCommand({
              PolicyInputList: [allowPolicy('s3:ListBucket')],
              ActionNames: ['s3:GetObject'],
              ResourceArns: ['arn:aws:s3:::reports/q3.csv'],
              ResourcePolicy: bucketPolicy,
              CallerArn: user('reader'),
            }),
          )
        ).EvaluationResults,
      );
      assert.equal(result.EvalDecision, 'allowed');
      assert.equal(result.MatchedStatements?.[0]?.SourcePolicyId, 'ResourcePolicy');
      assert.equal(result.MatchedStatements?.[0]?.SourcePolicyType, 'Resource Policy');
      assert.deepEqual(result.EvalDecisionDetails, {});
      const noCaller = await rejection(
        root.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [allowPolicy('s3:ListBucket')],
            ActionNames: ['s3:GetObject'],
            ResourcePolicy: bucketPolicy,
          }),
        ),
      );
      assert.equal(noCaller.name, 'InvalidInputException');
    });

    it('needs both accounts to allow a cross-account request (ResourceOwner)', async () => {
      const bucketPolicy = policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: ACCOUNT },
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::shared/*',
          },
        ],
      });
      const simulateCross = async (identity: string) =>
        only(
          (
            await root.send(
              new SimulateCustomPolicyCommand({
                PolicyInputList: [identity],
                ActionNames: ['s3:GetObject'],
                ResourceArns: ['arn:aws:s3:::shared/data.csv'],
                ResourcePolicy: bucketPolicy,
                ResourceOwner: 'arn:aws:iam::111122223333:root',
                CallerArn: user('reader'),
              }),
            )
          ).EvaluationResults,
        );
      const both = await simulateCross(allowPolicy('s3:GetObject'));
      assert.equal(both.EvalDecision, 'allowed');
      assert.deepEqual(both.EvalDecisionDetails, { 'IAM Policy': 'allowed', 'Resource Policy': 'allowed' });
      const onlyResource = await simulateCross(allowPolicy('s3:ListBucket'));
      assert.equal(onlyResource.EvalDecision, 'implicitDeny');
      assert.deepEqual(onlyResource.EvalDecisionDetails, {
        'IAM Policy': 'implicitDeny',
        'Resource Policy': 'allowed',
      });
      const badOwner = await rejection(
        root.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [allowPolicy('s3:GetObject')],
            ActionNames: ['s3:GetObject'],
            ResourceOwner: 'account-1',
          }),
        ),
      );
      assert.equal(badOwner.name, 'InvalidInputException');
      assert.equal(badOwner.message, "'account-1' is not a valid as a Resource Owner.");
    });

    it('applies SCPs given per Organizations level and reports their effect', async () => {
      const simulateWithScps = async (levels: string[][]) =>
        only(
          (
            await root.send(
              new SimulateCustomPolicyCommand({
                PolicyInputList: [allowPolicy('imagebuilder:*')],
                ActionNames: ['imagebuilder:DeleteImage'],
                OrderedOrganizationPolicyInputList: levels.map((scps) => ({
                  ServiceControlPolicyInputList: scps,
                })),
              }),
            )
          ).EvaluationResults,
        );
      const fullAccess = allowPolicy('*');
      const denyDelete = policyText({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'imagebuilder:Delete*', Resource: '*' }],
      });
      const allowed = await simulateWithScps([[fullAccess], [fullAccess]]);
      assert.equal(allowed.EvalDecision, 'allowed');
      assert.deepEqual(allowed.OrganizationsDecisionDetail, { AllowedByOrganizations: true });
      const denied = await simulateWithScps([[fullAccess], [fullAccess, denyDelete]]);
      assert.equal(denied.EvalDecision, 'explicitDeny');
      assert.deepEqual(denied.OrganizationsDecisionDetail, { AllowedByOrganizations: false });
      // SCP statements are not reported.
      assert.deepEqual(denied.MatchedStatements, []);
      // A level that allows nothing blocks the request.
      const unlisted = await simulateWithScps([[fullAccess], [allowPolicy('s3:*')]]);
      assert.equal(unlisted.EvalDecision, 'implicitDeny');
    });

    it('rejects a policy it cannot read', async () => {
      const error = await rejection(
        root.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: ['{"Statement":'],
            ActionNames: ['s3:GetObject'],
          }),
        ),
      );
      assert.equal(error.name, 'InvalidInputException');
      assert.match(error.message, /^PolicyInputList\.1 /);
    });
  });

  describe('context keys', () => {
    it('lists the keys custom policies reference, each once', async () => {
      const document = policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:CreateRole',
            Resource: 'arn:aws:iam::*:role/${aws:username}-*',
            Condition: {
              StringEquals: { 'aws:RequestTag/env': 'dev' },
              Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            },
          },
          {
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: '*',
            Condition: {
              StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com', 'aws:requesttag/env': 'x' },
            },
          },
        ],
      });
      const out = await root.send(new GetContextKeysForCustomPolicyCommand({ PolicyInputList: [document] }));
      assert.deepEqual(out.ContextKeyNames, [
        'aws:username',
        'aws:RequestTag/env',
        'aws:MultiFactorAuthPresent',
        'iam:PassedToService',
      ]);
    });

    it('lists the keys of a principal’s policies and of additional policies', async () => {
      const out = await root.send(
        new GetContextKeysForPrincipalPolicyCommand({
          PolicySourceArn: user('ib-user'),
          PolicyInputList: [
            policyText({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 's3:GetObject',
                  Resource: '*',
                  Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
                },
              ],
            }),
          ],
        }),
      );
      assert.deepEqual([...(out.ContextKeyNames ?? [])].sort(), [
        'aws:SourceIp',
        'iam:AWSServiceName',
        'iam:PassedToService',
      ]);
      const missing = await rejection(
        root.send(new GetContextKeysForPrincipalPolicyCommand({ PolicySourceArn: user('ghost') })),
      );
      assert.equal(missing.name, 'NoSuchEntityException');
    });
  });

  describe('authorization', () => {
    it('authorizes SimulatePrincipalPolicy on the simulated entity’s ARN', async () => {
      const self = user('self-checker');
      const checker = await createUserWithKey(
        root,
        'self-checker',
        allowPolicy('iam:SimulatePrincipalPolicy', self),
      );
      const iam = server.iam(checker.credentials);
      const own = await iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: self,
          ActionNames: ['iam:SimulatePrincipalPolicy'],
          ResourceArns: [self],
        }),
      );
      assert.equal(only(own.EvaluationResults).EvalDecision, 'allowed');
      const other = await rejection(
        iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: user('ib-user'),
            ActionNames: ['s3:GetObject'],
          }),
        ),
      );
      assert.equal(other.name, 'AccessDenied');
      assert.equal(
        other.message,
        `User: ${checker.arn} is not authorized to perform: iam:SimulatePrincipalPolicy on resource: ${user('ib-user')} because no identity-based policy allows the iam:SimulatePrincipalPolicy action`,
      );
      const custom = await rejection(
        iam.send(
          new SimulateCustomPolicyCommand({
            PolicyInputList: [allowPolicy('s3:*')],
            ActionNames: ['s3:GetObject'],
          }),
        ),
      );
      assert.equal(custom.name, 'AccessDenied');
      assert.match(custom.message, /iam:SimulateCustomPolicy on resource: \*/);
    });
  });
});
