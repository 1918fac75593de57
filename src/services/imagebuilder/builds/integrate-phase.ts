/**
 * INTEGRATING: Image Builder publishes the build's result to the infrastructure configuration's SNS
 * topic (sns:Publish as the service-linked or execution role) and writes the output AMI id to the SSM
 * parameters the distribution configuration names (ssm:PutParameter; the service-linked role may only
 * write parameters under /imagebuilder/). Then the image is AVAILABLE.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/integ-sns.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_SsmParameterConfiguration.html
 */
import { randomUUID } from 'node:crypto';
import type { ApiObject } from '../common/image-api-values.js';
import type { BuildStepContext } from './build-context.js';
import { StepFailure } from './step-authorizer.js';

const parameterArn = (region: string, account: string, name: string) =>
  `arn:aws:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`;

export async function integratePhase(ctx: BuildStepContext): Promise<'AVAILABLE'> {
  const actor = await ctx.serviceActor();
  const auth = ctx.authorizer(randomUUID());
  try {
    const topic = ctx.infrastructure['snsTopicArn'];
    if (typeof topic === 'string') await auth.require(actor, { action: 'sns:Publish', resource: topic });
    const entries = ctx.request.distributionConfiguration?.['distributions'];
    for (const entry of Array.isArray(entries) ? (entries as ApiObject[]) : []) {
      const region = String(entry['region'] ?? ctx.region);
      const parameters = entry['ssmParameterConfigurations'];
      for (const parameter of Array.isArray(parameters) ? (parameters as ApiObject[]) : []) {
        const account =
          typeof parameter['amiAccountId'] === 'string' ? parameter['amiAccountId'] : ctx.account;
        await ctx.authorizer(randomUUID(), region).require(actor, {
          action: 'ssm:PutParameter',
          resource: parameterArn(region, account, String(parameter['parameterName'] ?? '')),
        });
      }
    }
  } catch (error) {
    if (error instanceof StepFailure && !error.step)
      throw new StepFailure(error.reason, 'Integration', error.refused);
    throw error;
  }
  return 'AVAILABLE';
}
