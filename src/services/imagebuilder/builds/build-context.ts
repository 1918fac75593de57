/**
 * One step of one simulated build: the image and its frozen build request, what the build remembers, the
 * principals that act (the service-linked role or the execution role, the instance profile role on an
 * instance) and the recording of workflow step executions. Each workflow step authorizes with its own
 * request id (the step execution id), which ties the decision log to GetWorkflowStepExecution.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 */
import type { StoreTx } from '../../../store/store.js';
import type { Enforcer } from '../../common/enforce/enforcer.js';
import type { ApiObject } from '../common/image-api-values.js';
import type { ImageBuildRequest } from '../common/image-build-request.js';
import type { StoredResource } from '../common/resources.js';
import { IMAGE_BUILDER_SLR_NAME } from '../common/service-linked-role-ensure.js';
import type { BuildProgress } from './build-progress.js';
import { IMAGE_BUILDER_SESSION, MANAGED_POLICIES, roleActor, type Actor } from './principals.js';
import { StepAuthorizer, StepFailure } from './step-authorizer.js';
import { recordStep, type StepDefinition } from './workflow-steps.js';

export class BuildStepContext {
  constructor(
    readonly tx: StoreTx,
    readonly enforcer: Enforcer,
    readonly now: Date,
    readonly request: ImageBuildRequest,
    readonly image: StoredResource<ApiObject>,
    public progress: BuildProgress,
  ) {}

  get account(): string {
    return this.request.account;
  }
  get region(): string {
    return this.request.region;
  }
  get imageArn(): string {
    return this.request.imageBuildVersionArn;
  }
  get isContainer(): boolean {
    return this.request.recipe.type === 'container-recipe';
  }
  get recipe(): ApiObject {
    return this.request.recipe.resource;
  }
  get infrastructure(): ApiObject {
    return this.request.infrastructureConfiguration;
  }

  update(patch: Partial<BuildProgress>): void {
    this.progress = { ...this.progress, ...patch };
  }

  authorizer(requestId: string, region = this.region): StepAuthorizer {
    return new StepAuthorizer(this.enforcer, this.tx, {
      requestId,
      now: this.now,
      region,
      secureTransport: true,
    });
  }

  /** The role Image Builder acts with: the image's execution role, else the service-linked role. */
  async serviceActor(): Promise<Actor> {
    const execution = this.request.executionRole;
    const name = execution?.name ?? IMAGE_BUILDER_SLR_NAME;
    const role = await this.tx.get('roles', this.account, name.toLowerCase());
    if (!role || (execution && role.arn !== execution.arn)) {
      throw new StepFailure(
        execution
          ? `The execution role ${execution.arn} does not exist.`
          : `The service-linked role ${IMAGE_BUILDER_SLR_NAME} does not exist in account ${this.account}: Image Builder creates it with the first image; create it with iam:CreateServiceLinkedRole (AWSServiceName imagebuilder.amazonaws.com).`,
      );
    }
    return execution
      ? roleActor(role, IMAGE_BUILDER_SESSION, 'the execution role', [MANAGED_POLICIES.executionRole])
      : roleActor(role, IMAGE_BUILDER_SESSION, 'the service-linked role', [
          MANAGED_POLICIES.serviceLinkedRole,
        ]);
  }

  /** The instance profile of the infrastructure configuration and its role. */
  async instanceProfileRole() {
    const name = String(this.infrastructure['instanceProfileName'] ?? '');
    const profile = await this.tx.get('instance-profiles', this.account, name.toLowerCase());
    if (!profile)
      throw new StepFailure(`The instance profile ${name} does not exist in account ${this.account}.`);
    const roleName = profile.roleNames[0];
    const role =
      roleName !== undefined ? await this.tx.get('roles', this.account, roleName.toLowerCase()) : undefined;
    if (!role)
      throw new StepFailure(
        `The instance profile ${name} has no role: add one with iam:AddRoleToInstanceProfile.`,
      );
    return { profile, role };
  }

  /** The instance profile role as it acts on an instance (the session name is the instance id). */
  async instanceActor(instanceId: string): Promise<Actor> {
    const { role } = await this.instanceProfileRole();
    const candidates = this.isContainer
      ? [MANAGED_POLICIES.ecrContainerBuilds, MANAGED_POLICIES.instanceProfile, MANAGED_POLICIES.ssmCore]
      : [MANAGED_POLICIES.instanceProfile, MANAGED_POLICIES.ssmCore, MANAGED_POLICIES.ecrContainerBuilds];
    return roleActor(role, instanceId, 'the instance profile role', candidates);
  }

  /** Runs one workflow step: records it (COMPLETED or FAILED) around `body`, which authorizes with `auth`. */
  async step(
    definition: StepDefinition,
    body: (auth: StepAuthorizer) => Promise<ApiObject | void>,
  ): Promise<void> {
    await recordStep(this, definition, body);
  }
}
