/**
 * The documents the checks come from: the seed pages of the project (/work/shared/seeds, copies of the
 * AWS documentation) and the reference digest, each cited by file and section.
 */

export interface Source {
  readonly file: string;
  readonly section: string;
  /** The page on docs.aws.amazon.com the seed copies. */
  readonly url: string;
}

const MP = 'https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html';
const SETUP = 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html';
const LIFECYCLE =
  'https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html';
const MANAGED = 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html';
const WITH_IAM =
  'https://docs.aws.amazon.com/imagebuilder/latest/userguide/security_iam_service-with-iam.html';

const seed = (file: string, section: string, url: string): Source => ({
  file: `seeds/${file}`,
  section,
  url,
});

export const SOURCES = {
  mpInstanceRole: seed('000_8a936236700b396f.txt', 'Creating an instance profile role', MP),
  mpAutomationRole: seed('000_8a936236700b396f.txt', 'Creating an AWS Systems Manager automation role', MP),
  mpWebsite: seed('000_8a936236700b396f.txt', 'Using a policy to access the AWS Marketplace website', MP),
  slr: seed('001_484f26db1b2b7fe2.txt', 'EC2 Image Builder service-linked role', SETUP),
  iam: seed('001_484f26db1b2b7fe2.txt', 'AWS Identity and Access Management (IAM)', SETUP),
  lifecyclePrereqs: seed(
    '002_bbb81c2861e5e955.txt',
    'Lifecycle management prerequisites for Image Builder images',
    LIFECYCLE,
  ),
  lifecycleRole: seed(
    '002_bbb81c2861e5e955.txt',
    'Create an IAM role for Image Builder lifecycle management',
    LIFECYCLE,
  ),
  lifecycleCrossAccount: seed(
    '002_bbb81c2861e5e955.txt',
    'Create an IAM role for Image Builder cross-account lifecycle management',
    LIFECYCLE,
  ),
  fullAccess: seed('003_c16eda2374256ad8.txt', 'AWSImageBuilderFullAccess policy', MANAGED),
  slrPolicy: seed('003_c16eda2374256ad8.txt', 'AWSServiceRoleForImageBuilder policy', MANAGED),
  ecrPolicy: seed(
    '003_c16eda2374256ad8.txt',
    'EC2InstanceProfileForImageBuilderECRContainerBuilds policy',
    MANAGED,
  ),
  manageAccess: seed('004_66d62756af9615e4.txt', 'Managing access using policies', WITH_IAM),
  serviceRoles: seed('004_66d62756af9615e4.txt', 'Service roles', WITH_IAM),
  digestPassRole: {
    file: 'reference/aws-spec-digest.md',
    section: '2.1 Per-action authorization; 6. Notes for the prerequisites checker',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  },
  digestExecutionRole: {
    file: 'reference/aws-spec-digest.md',
    section: '2.3 Roles Image Builder uses (Execution role)',
    url: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html',
  },
} as const satisfies Record<string, Source>;

/** `seeds/001_484f26db1b2b7fe2.txt § AWS Identity and Access Management (IAM)`. */
export function cite(sources: readonly Source[]): string {
  return sources.map((s) => `${s.file} § ${s.section}`).join('; ');
}
