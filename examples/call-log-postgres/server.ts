// Runs one receiver: DATABASE_URL=postgres://… PORT=3000 node server.js (start as many as you like).

import pg from "pg";
import { CALL_LOG_TABLES, createReceiver } from "./call-log.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
await pool.query(CALL_LOG_TABLES);
createReceiver(pool).listen(Number(process.env.PORT ?? 3000));
