/**
 * The AWS services whose service-linked roles CreateServiceLinkedRole can make here: the service principal,
 * the role's name, the AWS managed policy (path `/aws-service-role/`) attached to it, and whether the
 * service accepts a CustomSuffix (appended as `_SUFFIX`). Each name comes from the service's
 * service-linked role documentation; each policy is in the AWS managed policy catalogue.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */

export interface ServiceLinkedRoleService {
  /** The service principal, e.g. `imagebuilder.amazonaws.com`. */
  readonly servicePrincipal: string;
  readonly roleName: string;
  readonly policyArn: string;
  readonly customSuffix: boolean;
}

const POLICY = 'arn:aws:iam::aws:policy/aws-service-role/';

const service = (
  servicePrincipal: string,
  roleName: string,
  policyName: string,
  customSuffix = false,
): ServiceLinkedRoleService => ({
  servicePrincipal,
  roleName,
  policyArn: `${POLICY}${policyName}`,
  customSuffix,
});

export const SERVICE_LINKED_ROLE_SERVICES: readonly ServiceLinkedRoleService[] = [
  // https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
  service('imagebuilder.amazonaws.com', 'AWSServiceRoleForImageBuilder', 'AWSServiceRoleForImageBuilder'),
  // https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles-service-action-1.html
  service('ssm.amazonaws.com', 'AWSServiceRoleForAmazonSSM', 'AmazonSSMServiceRolePolicy'),
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/service-linked-roles-spot-instance-requests.html
  service('spot.amazonaws.com', 'AWSServiceRoleForEC2Spot', 'AWSEC2SpotServiceRolePolicy'),
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/service-linked-roles-spot-fleet-requests.html
  service('spotfleet.amazonaws.com', 'AWSServiceRoleForEC2SpotFleet', 'AWSEC2SpotFleetServiceRolePolicy'),
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/slr-windows-fast-launch.html
  service('ec2fastlaunch.amazonaws.com', 'AWSServiceRoleForEC2FastLaunch', 'EC2FastLaunchServiceRolePolicy'),
  // https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html
  service('autoscaling.amazonaws.com', 'AWSServiceRoleForAutoScaling', 'AutoScalingServiceRolePolicy', true),
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html
  service(
    'elasticloadbalancing.amazonaws.com',
    'AWSServiceRoleForElasticLoadBalancing',
    'AWSElasticLoadBalancingServiceRolePolicy',
  ),
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html
  service('ecs.amazonaws.com', 'AWSServiceRoleForECS', 'AmazonECSServiceRolePolicy'),
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-using-service-linked-roles.html
  service(
    'access-analyzer.amazonaws.com',
    'AWSServiceRoleForAccessAnalyzer',
    'AccessAnalyzerServiceRolePolicy',
  ),
];

const BY_PRINCIPAL = new Map(SERVICE_LINKED_ROLE_SERVICES.map((s) => [s.servicePrincipal, s]));

/** The service with this principal (matched exactly, as AWS service names are lower case). */
export const serviceLinkedRoleService = (servicePrincipal: string): ServiceLinkedRoleService | undefined =>
  BY_PRINCIPAL.get(servicePrincipal);

/** The trust policy of a service-linked role: the service may assume it. */
export const serviceLinkedRoleTrustPolicy = (servicePrincipal: string): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: servicePrincipal }, Action: 'sts:AssumeRole' }],
  });
