/**
 * The IAM Access Analyzer operations ibiam serves (REST-JSON, signing name `access-analyzer`): policy
 * validation, which the web console's policy editor calls as you type.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { validatePolicy } from './operations/validate-policy.js';

export const accessAnalyzerOperations: readonly Operation[] = [validatePolicy];
