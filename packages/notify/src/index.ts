export { deliverDue, type DeliveryOptions, type PassResult } from "./worker/deliver";
export { runWorker, type WorkerOptions } from "./worker/run";
