// Stands in for the "server-only" guard when code runs outside Next (tests, sync server).
export {};
