/**
 * A channel refused its configuration. `setting` names the field at fault so that the config
 * module can point the operator at the environment variable it came from, without the channel
 * knowing any variable's name.
 */
export class ChannelSettingError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = "ChannelSettingError";
  }
}
