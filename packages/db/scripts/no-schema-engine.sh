#!/bin/sh
# Prisma's CLI insists that a native schema engine exists even for `prisma generate`, which never
# runs it. We have no such binary (air-gapped servers cannot download it); migrations go through
# @prisma/schema-engine-wasm instead (see src/migrate). This stub satisfies the existence check.
echo "schema engine binary is not available; use npm run db:migrate" >&2
exit 1
