/**
 * The columns of a list of image build versions (ImageSummary): name and version linking to the build's
 * page, its build state with colour, and, for a failed build, the start of the reason.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageSummary.html
 */
import type { ImageSummary } from '@aws-sdk/client-imagebuilder';
import type { Column } from '../../ui/basics.js';
import { ArnLink, StateBadge, When } from '../../ui/ib-parts.js';

/** `.../image/name/1.0.0/3` -> `1.0.0/3`. */
function buildVersion(image: ImageSummary): string {
  const parts = (image.arn ?? '').split('/');
  return parts.slice(-2).join('/');
}

export const imageColumns: readonly Column<ImageSummary>[] = [
  {
    title: 'Name',
    cell: (i) => (
      <ArnLink kind="images" arn={i.arn}>
        {i.name}
      </ArnLink>
    ),
  },
  { title: 'Version', cell: buildVersion },
  { title: 'Type', cell: (i) => i.type },
  { title: 'Platform', cell: (i) => [i.platform, i.osVersion].filter(Boolean).join(' — ') },
  { title: 'Status', cell: (i) => <StateBadge status={i.state?.status} /> },
  {
    title: 'Reason',
    cell: (i) => (i.state?.reason ? <span class="ib-reason-short">{i.state.reason}</span> : null),
  },
  { title: 'Created', cell: (i) => i.dateCreated && <When value={i.dateCreated} /> },
];
