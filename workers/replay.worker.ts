import { expose } from 'comlink';
import { createReplayApi } from './replay-api';

expose(createReplayApi());
