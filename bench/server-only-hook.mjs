// Scripts that render email run without the react-server condition (React Email needs
// react-dom/server, which that condition replaces with a throwing stub), so `server-only`
// would throw here. This resolve hook turns it into the empty module it is on the server.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
      return next(specifier, context);
    }`),
  import.meta.url,
);
