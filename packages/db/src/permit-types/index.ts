export { nextPublishedVersion, publishPermitTypeVersion, type Published, type PublishInput } from "./publish";
