/**
 * Laziness of the catalogue: answering questions about one service reads that service's data files
 * only (its own test file, so that no other test has loaded ec2 in this process).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { createCatalog } from './index.js';

const require = createRequire(import.meta.url);
const loadedDataFiles = (service: string): string[] =>
  Object.keys(require.cache).filter((path) => path.includes('iam-data') && path.endsWith(`/${service}.json`));

describe('lazy loading', () => {
  it('reads nothing but the service list before a question is asked', () => {
    const catalog = createCatalog();
    assert.equal(catalog.serviceExists('imagebuilder'), true);
    assert.deepEqual(catalog.loadedServices(), []);
  });

  it('loads imagebuilder without loading ec2', () => {
    const catalog = createCatalog();
    assert.equal(catalog.action('imagebuilder', 'GetImage')?.name, 'GetImage');
    assert.equal(catalog.expandActionPattern('imagebuilder:List*').length > 0, true);
    assert.equal(catalog.conditionKey('imagebuilder:CreatedResourceTagKeys')?.type, 'ArrayOfString');
    assert.equal(
      catalog.matchingResourceTypes('imagebuilder', 'arn:aws:imagebuilder:*:*:image/*').length > 0,
      true,
    );
    assert.deepEqual(catalog.loadedServices(), ['imagebuilder']);
    assert.deepEqual(loadedDataFiles('ec2'), []);
    assert.equal(loadedDataFiles('imagebuilder').length, 3);
  });

  it('loads a service for a global key only when the key is not global', () => {
    const catalog = createCatalog();
    assert.equal(catalog.conditionKey('aws:SourceArn')?.type, 'ARN');
    assert.deepEqual(catalog.loadedServices(), []);
  });
});
