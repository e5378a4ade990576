import { expose } from 'comlink';
import { createPoseApi } from './pose-api';

expose(createPoseApi({ isModuleWorker: true }));
