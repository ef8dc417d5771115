export * from './parse';
export * from './effective';
export * from './read';
