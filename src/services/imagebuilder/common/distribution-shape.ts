/**
 * A distribution configuration as GetDistributionConfiguration returns it (members in the API
 * reference's order), and its summary in ListDistributionConfigurations (with the Regions it
 * distributes to). timeoutMinutes is the service's fixed 720.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributionConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributionConfigurationSummary.html
 */
import { compact, type ApiObject } from './image-api-values.js';

export const DISTRIBUTION_TYPE = 'distribution-configuration' as const;
export const DISTRIBUTION_TIMEOUT_MINUTES = 720;

export interface DistributionFields {
  readonly arn: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly distributions: readonly ApiObject[];
  readonly dateCreated: string;
  readonly dateUpdated?: string;
  readonly tags: Readonly<Record<string, string>>;
}

export const distributionShape = (d: DistributionFields): ApiObject =>
  compact({
    arn: d.arn,
    name: d.name,
    description: d.description,
    distributions: d.distributions,
    timeoutMinutes: DISTRIBUTION_TIMEOUT_MINUTES,
    dateCreated: d.dateCreated,
    dateUpdated: d.dateUpdated,
    tags: { ...d.tags },
  });

export function distributionSummary(d: ApiObject): ApiObject {
  const distributions = Array.isArray(d['distributions']) ? (d['distributions'] as readonly ApiObject[]) : [];
  return compact({
    arn: d['arn'],
    name: d['name'],
    description: d['description'],
    dateCreated: d['dateCreated'],
    dateUpdated: d['dateUpdated'],
    tags: d['tags'],
    regions: distributions.map((entry) => String(entry['region'])),
  });
}
