/**
 * Fixes as exact AWS CLI commands, one per action, with policy documents inline as compact JSON in
 * single quotes (POSIX shell quoting).
 * https://docs.aws.amazon.com/cli/latest/reference/iam/index.html
 */
import type { FixAction } from './actions.js';

/** Quotes a shell word when it holds anything but safe characters. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const json = (value: unknown) => shellQuote(JSON.stringify(value));

function command(service: string, operation: string, args: readonly (readonly [string, string])[]): string {
  return ['aws', service, operation, ...args.flatMap(([flag, value]) => [`--${flag}`, value])].join(' ');
}

export function cliCommand(action: FixAction): string {
  const q = shellQuote;
  switch (action.kind) {
    case 'create-service-linked-role':
      return command('iam', action.kind, [['aws-service-name', q(action.service)]]);
    case 'create-role':
      return command('iam', action.kind, [
        ['role-name', q(action.roleName)],
        ...(action.path ? [['path', q(action.path)] as const] : []),
        ['assume-role-policy-document', json(action.trust)],
        ...(action.description ? [['description', q(action.description)] as const] : []),
      ]);
    case 'update-assume-role-policy':
      return command('iam', action.kind, [
        ['role-name', q(action.roleName)],
        ['policy-document', json(action.trust)],
      ]);
    case 'attach-role-policy':
      return command('iam', action.kind, [
        ['role-name', q(action.roleName)],
        ['policy-arn', q(action.policyArn)],
      ]);
    case 'put-role-policy':
      return command('iam', action.kind, [
        ['role-name', q(action.roleName)],
        ['policy-name', q(action.policyName)],
        ['policy-document', json(action.document)],
      ]);
    case 'create-instance-profile':
      return command('iam', action.kind, [['instance-profile-name', q(action.instanceProfileName)]]);
    case 'add-role-to-instance-profile':
      return command('iam', action.kind, [
        ['instance-profile-name', q(action.instanceProfileName)],
        ['role-name', q(action.roleName)],
      ]);
    case 'put-user-policy':
      return command('iam', action.kind, [
        ['user-name', q(action.userName)],
        ['policy-name', q(action.policyName)],
        ['policy-document', json(action.document)],
      ]);
    case 'attach-user-policy':
      return command('iam', action.kind, [
        ['user-name', q(action.userName)],
        ['policy-arn', q(action.policyArn)],
      ]);
    case 'create-group':
      return command('iam', action.kind, [['group-name', q(action.groupName)]]);
    case 'put-group-policy':
      return command('iam', action.kind, [
        ['group-name', q(action.groupName)],
        ['policy-name', q(action.policyName)],
        ['policy-document', json(action.document)],
      ]);
    case 'attach-group-policy':
      return command('iam', action.kind, [
        ['group-name', q(action.groupName)],
        ['policy-arn', q(action.policyArn)],
      ]);
    case 'add-user-to-group':
      return command('iam', action.kind, [
        ['group-name', q(action.groupName)],
        ['user-name', q(action.userName)],
      ]);
    case 'tag-ecr-repository':
      return command('ecr', 'tag-resource', [
        ['region', q(action.region)],
        ['resource-arn', q(action.repositoryArn)],
        [
          'tags',
          Object.entries(action.tags)
            .map(([k, v]) => q(`Key=${k},Value=${v}`))
            .join(' '),
        ],
      ]);
    case 'sns-add-permission':
      return command('sns', 'add-permission', [
        ['region', q(action.region)],
        ['topic-arn', q(action.topicArn)],
        ['label', q(action.label)],
        ['aws-account-id', q(action.principalAccount)],
        ['action-name', 'Publish'],
      ]);
  }
}

export function cliCommands(actions: readonly FixAction[]): string[] {
  return actions.map(cliCommand);
}
