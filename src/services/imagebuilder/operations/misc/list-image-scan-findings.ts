/**
 * ListImageScanFindings: the vulnerability findings Amazon Inspector reported for the account's images.
 * ibiam runs no image scans (it has no Amazon Inspector), so there are never any findings: the answer is
 * an empty list — after the filters, maxResults and nextToken are validated as the API model says (a
 * token ibiam did not issue is InvalidPaginationTokenException). No finding is ever made up. Authorized
 * as imagebuilder:ListImageScanFindings on the image or pipeline the filter names, else `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindings.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/vulnerability-scanning.html
 */
import { defineOperation } from '../../../common/operation.js';
import { JsonReader } from '../../common/input.js';
import { readFindingsInput, scanResource } from '../../common/misc-scan-input.js';
import { page } from '../../common/pagination.js';

export const listImageScanFindings = defineOperation({
  name: 'ListImageScanFindings',
  http: { method: 'POST', uri: '/ListImageScanFindings' },
  write: false,
  input(params) {
    return readFindingsInput(new JsonReader(params));
  },
  access(input) {
    return [{ action: 'imagebuilder:ListImageScanFindings', resource: scanResource(input.filter) }];
  },
  async run(input, ctx) {
    // No scans, hence no findings: an empty page (the token, if any, is still checked).
    const { items, nextToken } = page([], input);
    return { requestId: ctx.requestId, findings: items, nextToken };
  },
});
