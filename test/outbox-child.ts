export {}; // a module, for top-level await
// A delivery process the outbox tests can kill mid-batch (SIGKILL, no cleanup): it runs the
// real deliverOutbox against the database and fake Resend named in its environment.
const { deliverOutbox } = await import("@/lib/email/deliver");
const summary = await deliverOutbox({ requestsPerSecond: 50, lanes: 2 });
console.log(JSON.stringify(summary));
process.exit(0);
