import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite by default (a file under .tmp/); PostgreSQL or MySQL/MariaDB when
 * DATABASE_CLIENT says so, from DATABASE_URL or the DATABASE_HOST/PORT/NAME/
 * USERNAME/PASSWORD variables.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const server = (defaultPort: number) => ({
    connectionString: env('DATABASE_URL', undefined),
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'newsroom'),
    user: env('DATABASE_USERNAME', 'newsroom'),
    password: env('DATABASE_PASSWORD', 'newsroom'),
    ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
  });

  if (client === 'postgres') {
    return { connection: { client: 'postgres', connection: { ...server(5432), schema: env('DATABASE_SCHEMA', 'public') }, pool } };
  }
  if (client === 'mysql') {
    const { connectionString, ...mysql } = server(3306);
    return {
      connection: {
        client: 'mysql',
        connection: connectionString ? { uri: connectionString } as never : { ...mysql, charset: 'utf8mb4' },
        pool,
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use sqlite, postgres or mysql`);
  }
  const filename = env('DATABASE_FILENAME', '.tmp/data.db');
  return {
    connection: {
      client: 'sqlite',
      // Relative names are relative to the playground folder, wherever the compiled config lives.
      connection: { filename: path.isAbsolute(filename) ? filename : path.join(__dirname, '..', '..', filename) },
      useNullAsDefault: true,
    },
  };
};

export default config;
