// `npm run screenshots` (after `npm run build`): starts ibiam on a temporary data directory, sets up a small
// realistic account through the SDK (scripts/screenshots-account.mjs), opens the web console in headless
// Chromium (playwright-core; Debian's /usr/bin/chromium or IBIAM_CHROMIUM) and saves 1400x900 PNGs of its
// main pages into docs/screenshots/ for the README.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL, URLSearchParams } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_ROOT, startIbiam } from '../dist/src/server/start.js';
import { createAccount } from '../dist/src/services/common/accounts.js';
import { SECOND_ACCOUNT, setUpAccount } from './screenshots-account.mjs';

const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT_DIR, 'docs', 'screenshots');
const ACCOUNT = DEFAULT_ROOT.accountId;
const ROOT = { accessKeyId: DEFAULT_ROOT.accessKeyId, secretAccessKey: DEFAULT_ROOT.secretAccessKey };

const POLICY_WITH_FINDINGS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BuildImages",
      "Effect": "Allow",
      "Action": ["imagebuilder:CreateImage", "imagebuilder:GetImages"],
      "Resource": "arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image-recipe/*"
    },
    {
      "Sid": "PassAnyRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::build-logs/*",
      "Condition": { "DateGreaterThan": { "aws:CurrentTime": "last week" } }
    }
  ]
}`;

if (!existsSync(join(ROOT_DIR, 'dist', 'console', 'index.html'))) {
  console.error('dist/console is missing: run `npm run build` first.');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-screenshots-'));
const ibiam = await startIbiam({
  host: '127.0.0.1',
  port: 0,
  dataDir,
  defaultAccount: DEFAULT_ROOT,
  buildStepMs: 100,
  logger: { info: () => {}, error: (event) => console.error(JSON.stringify(event)) },
});
const browser = await chromium.launch({
  executablePath: process.env.IBIAM_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});

try {
  const created = await ibiam.store.write((tx) => createAccount(tx, SECOND_ACCOUNT, new Date()));
  const secondRoot = { accessKeyId: created.AccessKeyId, secretAccessKey: created.SecretAccessKey };
  const account = await setUpAccount(ibiam.url, ROOT, secondRoot, ACCOUNT);
  mkdirSync(OUT, { recursive: true });

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const consoleUrl = `${ibiam.url}/console/`;
  const goTo = (route) => page.goto(`${consoleUrl}#/${route}`);
  const shoot = async (name, scrollTo) => {
    if (scrollTo) await scrollTo.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => globalThis.scrollTo(0, 0));
    await page.waitForTimeout(150); // let the page paint after scrolling
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  };
  // The policy editor's status once its text is checked.
  const checked = (scope) =>
    scope
      .locator('.pe-status')
      .filter({ hasText: /^(?!Checking).+/ })
      .first()
      .waitFor();

  await page.goto(consoleUrl);
  await page.getByLabel('Access key ID').fill(account.releaseEngineer.accessKeyId);
  await shoot('sign-in');

  // Both accounts signed in (for the trust graph across accounts), the first one current.
  await page.getByRole('button', { name: 'Sign in as the local default root' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByLabel('Access key ID').fill(secondRoot.accessKeyId);
  await page.getByLabel('Secret access key').fill(secondRoot.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: `Account ${SECOND_ACCOUNT}` }).waitFor();
  await page.getByLabel('Signed-in principal').selectOption({ index: 0 });
  await page.getByRole('heading', { name: `Account ${ACCOUNT}` }).waitFor();

  await goTo('iam/roles');
  await page.getByRole('link', { name: 'ImageBuilderInstanceRole' }).waitFor();
  await shoot('roles');

  await goTo('iam/roles/create');
  await page.getByRole('radio', { name: 'EC2 (ec2.amazonaws.com)' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await checked(page);
  await shoot('create-role-trust');

  await goTo('iam/roles/ImageBuilderInstanceRole');
  await page.getByRole('region', { name: 'Trust relationships' }).waitFor();
  await shoot('role-trust-policy');

  await goTo('iam/policies/create');
  await page.getByRole('textbox', { name: 'Policy document', exact: true }).fill(POLICY_WITH_FINDINGS);
  await checked(page);
  await page.getByRole('table', { name: 'Policy document findings' }).waitFor();
  await shoot('policy-editor-findings');

  const profilePolicy = 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder';
  await goTo(`iam/policies/${encodeURIComponent(profilePolicy)}/compare?from=v5&to=v6`);
  await page
    .locator('tr.diff-added')
    .first()
    .waitFor()
    .catch(() => {});
  await shoot('policy-version-diff');

  await goTo('tools/trust');
  await page.getByRole('region', { name: 'Graph' }).locator('svg').first().waitFor();
  await shoot('trust-graph');

  const simulation = new URLSearchParams([
    ['policySourceArn', `arn:aws:iam::${ACCOUNT}:user/release-engineer`],
    ['action', 'imagebuilder:DeleteImage'],
    ['action', 'imagebuilder:GetImage'],
    ['context', 'aws:RequestedRegion=us-east-1'],
  ]);
  await goTo(`tools/simulator?${simulation}`);
  const results = page.getByRole('region', { name: 'Results' });
  await results.getByRole('article').first().waitFor();
  await shoot('simulator', results);

  await goTo('imagebuilder/images');
  await page.locator('.ib-state', { hasText: 'FAILED' }).first().waitFor();
  await page.locator('.ib-state', { hasText: 'AVAILABLE' }).first().waitFor();
  await shoot('images');

  await goTo(`imagebuilder/images/${encodeURIComponent(account.failed.arn)}`);
  await page.getByTestId('image-failure').waitFor();
  await shoot('image-failure');

  await goTo('tools/doctor');
  await page.getByTestId('doctor-summary').waitFor();
  await shoot('doctor');

  await goTo('tools/decisions');
  await page.locator('table tbody tr').first().waitFor();
  await page.locator('select[name="decision"]').selectOption('Deny'); // the refused requests
  await page.locator('table tbody tr', { hasText: 'intern' }).first().waitFor();
  await shoot('decision-log');
  await context.close();
} finally {
  await browser.close();
  await ibiam.close();
  rmSync(dataDir, { recursive: true, force: true });
}
