/**
 * Reading the AMIs the simulated builds registered (collection `imagebuilder:ec2-image`, see
 * build-ec2-images.ts) by what they were produced for: the AMI of an ID (DistributeImage's sourceImage),
 * the AMIs an image produced in every account (what a resumed build reports as its outputResources.amis,
 * in the Ami shape of the API).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Ami.html
 */
import type { StoreTx } from '../../../store/store.js';
import { listAccounts } from '../../common/accounts.js';
import type { Ec2ImageRecord } from './build-ec2-images.js';
import type { ApiObject } from './image-api-values.js';

const COLLECTION = 'imagebuilder:ec2-image' as const;

/** The AMIs of one account (every Region). */
export const ec2ImagesOf = (tx: StoreTx, account: string) =>
  tx.list(COLLECTION, account) as Promise<Ec2ImageRecord[]>;

/** The AMIs, in any account, that were produced for the image build version, its own account first. */
export async function amisOfImage(
  tx: StoreTx,
  imageAccount: string,
  imageArn: string,
): Promise<Ec2ImageRecord[]> {
  const accounts = [imageAccount, ...(await listAccounts(tx)).filter((a) => a !== imageAccount)];
  const out: Ec2ImageRecord[] = [];
  for (const account of accounts) {
    for (const ami of await ec2ImagesOf(tx, account)) {
      if (ami.sourceImageArn === imageArn && ami.state !== 'deregistered') out.push(ami);
    }
  }
  return out;
}

/** An AMI record in the Ami shape of outputResources.amis. */
export const amiShape = (ami: Ec2ImageRecord): ApiObject => ({
  region: ami.region,
  image: ami.imageId,
  name: ami.name,
  state: { status: 'AVAILABLE' },
  accountId: ami.accountId,
});
