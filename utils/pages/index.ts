export * from './routes';
export * from "./detect";
export * from "./urls";
