import { startTestDoubleServer } from './test-double/index.ts';
const server = await startTestDoubleServer();
console.log(server.url);
setTimeout(() => server.stop(), 240000);
