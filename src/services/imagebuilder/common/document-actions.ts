/**
 * The action names a document step may use: AWSTOE's action modules for component documents, and Image
 * Builder's step actions for workflow documents. Names are matched exactly (AWSTOE is case-sensitive).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-action-modules.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/wfdoc-step-actions.html
 */

/** AWSTOE action modules, by family as the action module reference groups them. */
export const COMPONENT_ACTIONS: ReadonlySet<string> = new Set([
  // General execution
  'Assert',
  'ExecuteBash',
  'ExecuteBinary',
  'ExecuteDocument',
  'ExecutePowerShell',
  // File download and upload
  'S3Download',
  'S3Upload',
  'WebDownload',
  // File system operations
  'AppendFile',
  'CopyFile',
  'CopyFolder',
  'CreateFile',
  'CreateFolder',
  'CreateSymlink',
  'DeleteFile',
  'DeleteFolder',
  'ListFiles',
  'MoveFile',
  'MoveFolder',
  'ReadFile',
  'SetFileEncoding',
  'SetFileOwner',
  'SetFolderOwner',
  'SetFilePermissions',
  'SetFolderPermissions',
  // Software installation
  'InstallMSI',
  'UninstallMSI',
  // System actions
  'Reboot',
  'SetRegistry',
  'UpdateOS',
]);

/** Actions whose `inputs` AWSTOE requires (a step without them fails to parse). */
export const ACTIONS_REQUIRING_INPUTS: ReadonlySet<string> = new Set(
  [...COMPONENT_ACTIONS].filter((action) => action !== 'Reboot' && action !== 'UpdateOS'),
);

/** Image Builder workflow step actions. */
export const WORKFLOW_ACTIONS: ReadonlySet<string> = new Set([
  'ApplyImageConfigurations',
  'BootstrapInstanceForContainer',
  'CollectImageMetadata',
  'CollectImageScanFindings',
  'CreateImage',
  'DistributeImage',
  'ExecuteComponents',
  'ExecuteStateMachine',
  'LaunchInstance',
  'ModifyImageAttributes',
  'RegisterImage',
  'RunCommand',
  'RunSysPrep',
  'SanitizeInstance',
  'TerminateInstance',
  'WaitForAction',
  'WaitForSSMAgent',
]);
