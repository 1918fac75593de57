/**
 * ibiam has no EC2, but builds produce AMIs and lifecycle policies act on them, so the AMIs a simulated
 * build registers are kept here: collection `imagebuilder:ec2-image`, in the owning account, keyed by
 * `REGION/AMI-ID`, with the tags EC2 would hold (Image Builder tags every AMI it creates with
 * `CreatedBy: EC2 Image Builder`, plus the distribution's amiTags), its snapshots, who it is shared with
 * and its state. The IDs and ARNs have EC2's shapes.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-resources-for-iam-policies
 */
import { randomBytes } from 'node:crypto';
import type { StoreTx } from '../../../store/store.js';

export const CREATED_BY_TAG = { CreatedBy: 'EC2 Image Builder' } as const;

export interface Ec2ImageRecord {
  readonly imageId: string;
  readonly region: string;
  readonly accountId: string;
  readonly name: string;
  /** The Image Builder image (build version ARN) this AMI was produced for. */
  readonly sourceImageArn: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly snapshotIds: readonly string[];
  /** Launch permissions: account ids, and whether the AMI is public (group `all`). */
  readonly sharedWith: readonly string[];
  readonly public: boolean;
  readonly state: 'available' | 'disabled' | 'deregistered';
  readonly deprecationTime?: string;
}

const COLLECTION = 'imagebuilder:ec2-image' as const;

/** An EC2 id: the prefix and 17 hexadecimal characters (`i-0123456789abcdef0`). */
export const ec2Id = (prefix: 'i' | 'ami' | 'snap' | 'vol'): string =>
  `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;

export const ec2Arn = {
  instance: (region: string, account: string, id: string) =>
    `arn:aws:ec2:${region}:${account}:instance/${id}`,
  volume: (region: string, account: string) => `arn:aws:ec2:${region}:${account}:volume/*`,
  image: (region: string, id: string) => `arn:aws:ec2:${region}::image/${id}`,
  snapshot: (region: string, id: string) => `arn:aws:ec2:${region}::snapshot/${id}`,
  subnet: (region: string, account: string, id: string) => `arn:aws:ec2:${region}:${account}:subnet/${id}`,
  securityGroup: (region: string, account: string, id: string) =>
    `arn:aws:ec2:${region}:${account}:security-group/${id}`,
};

export const putEc2Image = (tx: StoreTx, image: Ec2ImageRecord) =>
  tx.put(COLLECTION, image.accountId, `${image.region}/${image.imageId}`, image);

export const getEc2Image = (tx: StoreTx, account: string, region: string, imageId: string) =>
  tx.get(COLLECTION, account, `${region}/${imageId}`) as Promise<Ec2ImageRecord | undefined>;

export const deleteEc2Image = (tx: StoreTx, image: Ec2ImageRecord) =>
  tx.delete(COLLECTION, image.accountId, `${image.region}/${image.imageId}`);
