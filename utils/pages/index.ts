export * from './routes';
export * from './detect';
