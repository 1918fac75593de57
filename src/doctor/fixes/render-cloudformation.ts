/**
 * Fixes as CloudFormation templates, one per account: roles, instance profiles, the service-linked role
 * and inline policies become resources. What a template cannot express for an entity it does not create
 * (attaching a managed policy to an existing role, changing an existing role's trust policy, adding a role
 * to an existing instance profile, tagging ECR repositories) is handled as CloudFormation allows
 * (an inline copy of the managed policy; a group holding the managed policy for users) or listed under
 * Metadata as the CLI commands to run.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/AWS_IAM.html
 */
import { stringify } from 'yaml';
import type { JsonValue } from '../snapshot/types.js';
import type { FixAction } from './actions.js';
import { cliCommand } from './render-cli.js';

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

export interface Template {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Metadata?: { 'ibiam-doctor': { manualSteps: string[] } };
  Resources: Record<string, Resource>;
}

const logicalId = (prefix: string, name: string) =>
  prefix +
  name
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())
    .replace(/^./, (c) => c.toUpperCase());

/** Builds one account's template from its fix actions; `managedDocument` resolves AWS managed policies. */
export function cloudFormationTemplate(
  account: string,
  actions: readonly FixAction[],
  managedDocument: (arn: string) => JsonValue | undefined,
): Template {
  const resources: Record<string, Resource> = {};
  const manual: string[] = [];
  const roles = new Map<string, Resource>();
  const groups = new Map<string, Resource>();
  const profiles = new Map<string, Resource>();
  const copy = (arn: string) => managedDocument(arn) ?? { Version: '2012-10-17', Statement: [] };
  const roleRef = (name: string) => (roles.has(name) ? { Ref: logicalId('Role', name) } : name);
  const add = (id: string, resource: Resource) => {
    let key = id;
    for (let i = 2; resources[key]; i++) key = `${id}${i}`;
    resources[key] = resource;
  };
  for (const action of actions) {
    switch (action.kind) {
      case 'create-service-linked-role':
        add(logicalId('ServiceLinkedRole', action.service), {
          Type: 'AWS::IAM::ServiceLinkedRole',
          Properties: { AWSServiceName: action.service },
        });
        break;
      case 'create-role': {
        const role: Resource = {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: action.roleName,
            ...(action.path ? { Path: action.path } : {}),
            ...(action.description ? { Description: action.description } : {}),
            AssumeRolePolicyDocument: action.trust,
            ManagedPolicyArns: [],
            Policies: [],
          },
        };
        roles.set(action.roleName, role);
        resources[logicalId('Role', action.roleName)] = role;
        break;
      }
      case 'attach-role-policy': {
        const role = roles.get(action.roleName);
        if (role) (role.Properties['ManagedPolicyArns'] as string[]).push(action.policyArn);
        else
          add(logicalId('RolePolicy', `${action.roleName}-${action.policyArn.split('/').pop()}`), {
            Type: 'AWS::IAM::RolePolicy',
            Properties: {
              RoleName: action.roleName,
              PolicyName: action.policyArn.split('/').pop(),
              PolicyDocument: copy(action.policyArn),
            },
            Metadata: {
              'ibiam-doctor': `copy of ${action.policyArn}: CloudFormation cannot attach a managed policy to a role it does not create`,
            },
          });
        break;
      }
      case 'put-role-policy': {
        const role = roles.get(action.roleName);
        const policy = { PolicyName: action.policyName, PolicyDocument: action.document };
        if (role) (role.Properties['Policies'] as unknown[]).push(policy);
        else
          add(logicalId('RolePolicy', `${action.roleName}-${action.policyName}`), {
            Type: 'AWS::IAM::RolePolicy',
            Properties: { RoleName: action.roleName, ...policy },
          });
        break;
      }
      case 'create-instance-profile': {
        const profile: Resource = {
          Type: 'AWS::IAM::InstanceProfile',
          Properties: { InstanceProfileName: action.instanceProfileName, Roles: [] },
        };
        profiles.set(action.instanceProfileName, profile);
        resources[logicalId('InstanceProfile', action.instanceProfileName)] = profile;
        break;
      }
      case 'add-role-to-instance-profile': {
        const profile = profiles.get(action.instanceProfileName);
        if (profile) (profile.Properties['Roles'] as unknown[]).push(roleRef(action.roleName));
        else manual.push(cliCommand(action));
        break;
      }
      case 'put-user-policy':
        add(logicalId('UserPolicy', `${action.userName}-${action.policyName}`), {
          Type: 'AWS::IAM::UserPolicy',
          Properties: {
            UserName: action.userName,
            PolicyName: action.policyName,
            PolicyDocument: action.document,
          },
        });
        break;
      case 'put-group-policy': {
        const group = groups.get(action.groupName);
        const policy = { PolicyName: action.policyName, PolicyDocument: action.document };
        if (group) (group.Properties['Policies'] as unknown[]).push(policy);
        else
          add(logicalId('GroupPolicy', `${action.groupName}-${action.policyName}`), {
            Type: 'AWS::IAM::GroupPolicy',
            Properties: { GroupName: action.groupName, ...policy },
          });
        break;
      }
      case 'create-group': {
        const group: Resource = {
          Type: 'AWS::IAM::Group',
          Properties: { GroupName: action.groupName, ManagedPolicyArns: [], Policies: [] },
        };
        groups.set(action.groupName, group);
        resources[logicalId('Group', action.groupName)] = group;
        break;
      }
      case 'attach-group-policy': {
        const group = groups.get(action.groupName);
        if (group) (group.Properties['ManagedPolicyArns'] as string[]).push(action.policyArn);
        else
          add(logicalId('GroupPolicy', `${action.groupName}-${action.policyArn.split('/').pop()}`), {
            Type: 'AWS::IAM::GroupPolicy',
            Properties: {
              GroupName: action.groupName,
              PolicyName: action.policyArn.split('/').pop(),
              PolicyDocument: copy(action.policyArn),
            },
          });
        break;
      }
      case 'attach-user-policy': {
        // A user this template does not create can join a group that holds the managed policy.
        const name = `${action.userName}-${action.policyArn.split('/').pop()}`.slice(0, 128);
        add(logicalId('Group', name), {
          Type: 'AWS::IAM::Group',
          Properties: { GroupName: name, ManagedPolicyArns: [action.policyArn] },
        });
        add(logicalId('Membership', name), {
          Type: 'AWS::IAM::UserToGroupAddition',
          Properties: { GroupName: { Ref: logicalId('Group', name) }, Users: [action.userName] },
        });
        break;
      }
      case 'add-user-to-group':
        add(logicalId('Membership', `${action.groupName}-${action.userName}`), {
          Type: 'AWS::IAM::UserToGroupAddition',
          Properties: {
            GroupName: groups.has(action.groupName)
              ? { Ref: logicalId('Group', action.groupName) }
              : action.groupName,
            Users: [action.userName],
          },
        });
        break;
      case 'update-assume-role-policy':
        if (roles.has(action.roleName))
          roles.get(action.roleName)!.Properties['AssumeRolePolicyDocument'] = action.trust;
        else manual.push(cliCommand(action));
        break;
      case 'tag-ecr-repository':
      case 'sns-add-permission':
        manual.push(cliCommand(action));
        break;
    }
  }
  for (const r of [...roles.values(), ...groups.values()]) {
    for (const key of ['ManagedPolicyArns', 'Policies'])
      if ((r.Properties[key] as unknown[] | undefined)?.length === 0) delete r.Properties[key];
  }
  // A template needs at least one resource.
  if (Object.keys(resources).length === 0)
    resources['NothingToCreate'] = { Type: 'AWS::CloudFormation::WaitConditionHandle', Properties: {} };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `EC2 Image Builder prerequisites for account ${account} (ibiam)`,
    ...(manual.length > 0 ? { Metadata: { 'ibiam-doctor': { manualSteps: manual } } } : {}),
    Resources: resources,
  };
}

/**
 * Templates as a YAML stream, one document per account. Strings YAML 1.1 would read as dates or booleans
 * (`2012-10-17`, `yes`) are quoted, so that every YAML parser reads the same template.
 */
export function cloudFormationYaml(
  plan: ReadonlyMap<string, readonly FixAction[]>,
  managedDocument: (arn: string) => JsonValue | undefined,
): string {
  const docs = [...plan].map(
    ([account, actions]) =>
      `# Account ${account}: deploy with credentials for this account\n` +
      stringify(cloudFormationTemplate(account, actions, managedDocument), { lineWidth: 0, version: '1.1' }),
  );
  return docs.length > 0 ? docs.join('---\n') : '# Nothing is missing.\n';
}
