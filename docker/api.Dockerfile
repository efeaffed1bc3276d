# syntax=docker/dockerfile:1
#
# The covenant platform: API, real time and the built web app on one port.
# Build from the repository root:
#   docker build -f docker/api.Dockerfile -t covenant-platform .

# Node 22, the active LTS line (Node 20 is out of support).
ARG NODE_IMAGE=node:22-bookworm-slim

# --- all dependencies, for the build ----------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# --- build the API and the web app ------------------------------------------
FROM deps AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true
COPY . .
# Source maps hand out the source: the API refuses them in production, and the image leaves them out.
RUN npx nx run-many -t build -p api web --outputStyle=static \
    && find dist/web -name '*.map' -delete

# --- production dependencies only -------------------------------------------
# argon2 ships prebuilt binaries for linux-x64/arm64 (glibc), so no compiler
# is needed here.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# --- runtime ----------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/.data
WORKDIR /app

COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/dist/api ./dist/api
COPY --from=build --chown=node:node /app/dist/web ./dist/web

# DATA_DIR is only used when DATABASE_URL is unset (embedded PostgreSQL);
# it must be writable by the non-root user. Mount a volume there to keep it.
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000

# No curl in the slim image: ask Node.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# A larger young generation: an answer with thousands of objects (an accountability page) makes
# short-lived garbage, and collecting it less often costs less.
CMD ["node", "--max-semi-space-size=64", "dist/api/apps/api/src/main.js"]
