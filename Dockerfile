# max-sandbox: a local sandbox of the Max AI clinic API v3.
#
#   docker build -t max-sandbox .
#   docker run --rm -p 6290:6290 max-sandbox
#
# Settings are the CLI's environment variables (PORT, MAX_SANDBOX_SEED, MAX_SANDBOX_ENVIRONMENT,
# MAX_SANDBOX_ADMIN_TOKEN, ...). Your own world: mount a directory holding world.json over the
# built-in one, `-v "$PWD/my-world:/app/fixtures:ro"`.
# Plain Dockerfile syntax only (no BuildKit features), so the legacy builder builds it too.

# The official Node 24 LTS image. Alpine: node:24-slim alone is ~220 MB, which leaves no room
# under the 200 MB target; every dependency here is plain JavaScript, so musl changes nothing.
# `--build-arg NODE_IMAGE=node:24-slim` builds the same image on Debian (~230 MB).
ARG NODE_IMAGE=node:24-alpine

# ---- build: every dependency, compile src/ to dist/, then drop the dev dependencies ----------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first: the install layer is reused until they change. A checkout has package-lock.json
# (npm ci: the locked versions); the installed package has none, since npm never packs it (npm
# install within the ranges of package.json). `sh` and `[` only: the shell of the Node images.
COPY package.json package-lock.json* ./
RUN if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --ignore-scripts; \
    else npm install --no-audit --no-fund --ignore-scripts --no-package-lock; fi
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The build copies swagger-ui's browser files (a dev dependency) into dist/swagger-ui for /docs,
# and bundles the CLI's own modules into dist/cli/main.js with esbuild (a dev dependency).
COPY scripts/copy-swagger-ui.mjs scripts/bundle-cli.mjs scripts/fresh-build.mjs ./scripts/
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund --ignore-scripts

# ---- runtime: node, the production dependencies, dist/ and the data files it reads ------------
FROM ${NODE_IMAGE} AS runtime

# NODE_IMAGE again: an ARG before the first FROM is not seen inside a stage unless redeclared.
ARG NODE_IMAGE
# The version label defaults to package.json's (test/docker/readme.test.ts keeps them equal).
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="max-sandbox" \
      org.opencontainers.image.description="A local sandbox of the Max AI clinic API v3: real auth, key-prefix and scope rules over seeded synthetic clinics." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.base.name="${NODE_IMAGE}"

# HOST=0.0.0.0: inside a container, loopback is unreachable through a published port.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=6290

WORKDIR /app
# dist/ reads ../package.json, ../openapi, ../fixtures and ../console (the demo console's page,
# served as it is). Everything stays owned by root and read-only to the `node` user the server
# runs as.
COPY package.json ./
COPY openapi ./openapi
COPY fixtures ./fixtures
COPY examples ./examples
COPY console ./console
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

USER node
EXPOSE 6290

# node itself, not curl (the image has none): 0 on a 200 from /_sandbox/health, never the admin token.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||6290)+'/_sandbox/health',{signal:AbortSignal.timeout(2500)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]

# node is PID 1 and handles SIGTERM/SIGINT itself (dist/cli/main.js answers the requests in
# flight, for at most 2 s, then exits 0); exec form, so no shell sits between the signal and node.
STOPSIGNAL SIGTERM
# --heap-growing-percent=30: V8 lets the heap grow up to 4x its live size between full GCs while
# clinics are generated; 1.3x keeps a suite making a clinic per test under 250 MB (bench:throwaway).
ENTRYPOINT ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "dist/cli/main.js"]
