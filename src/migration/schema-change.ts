/** What one migration statement does to tables and columns, as far as personal-data checks care. */

/** A table name as the engine stores it (PostgreSQL folds unquoted names to lower case). */
export interface TableName {
  /** Schema (PostgreSQL) or database (MySQL) when the statement names one. */
  readonly schema?: string
  readonly name: string
}

/** A column as a statement declares it. */
export interface ColumnDef {
  readonly name: string
  /** Declared type, lower case and normalised (`varchar(18)`, `timestamp with time zone`, `text[]`). */
  readonly dataType: string
  /** Inline MySQL `COMMENT '…'`. */
  readonly comment?: string
}

export type SchemaChange =
  | {
      readonly kind: 'create-table'
      readonly table: TableName
      readonly columns: readonly ColumnDef[]
      readonly comment?: string
    }
  /** `CREATE TABLE … (LIKE t)`, `CREATE TABLE … LIKE t`, `PARTITION OF t`: the columns of another table. */
  | {
      readonly kind: 'create-table-like'
      readonly table: TableName
      readonly like: TableName
      /** Column comments are copied (MySQL always; PostgreSQL with `INCLUDING COMMENTS` or `ALL`). */
      readonly comments: boolean
    }
  | { readonly kind: 'add-column'; readonly table: TableName; readonly column: ColumnDef }
  /** MySQL `MODIFY c …` (from = c) and `CHANGE old new …`: the whole definition, comment included, is replaced. */
  | {
      readonly kind: 'redefine-column'
      readonly table: TableName
      readonly from: string
      readonly column: ColumnDef
    }
  | { readonly kind: 'rename-column'; readonly table: TableName; readonly from: string; readonly to: string }
  | {
      readonly kind: 'alter-column-type'
      readonly table: TableName
      readonly column: string
      readonly dataType: string
    }
  /** `COMMENT ON COLUMN t.c IS …`; undefined removes the comment (`IS NULL`, `IS ''`). */
  | {
      readonly kind: 'column-comment'
      readonly table: TableName
      readonly column: string
      readonly comment: string | undefined
    }
  | { readonly kind: 'table-comment'; readonly table: TableName; readonly comment: string | undefined }
  | { readonly kind: 'drop-column'; readonly table: TableName; readonly column: string }
  | { readonly kind: 'rename-table'; readonly from: TableName; readonly to: TableName }
  | { readonly kind: 'drop-table'; readonly table: TableName }

/** How a statement was understood. */
export interface ParsedStatement {
  readonly changes: readonly SchemaChange[]
  /**
   * `node-sql-parser` or `fallback` (the token parser, when node-sql-parser rejects the statement);
   * `ignored`: a statement that cannot add or change columns (INSERT, CREATE INDEX, GRANT, …);
   * `opaque`: it may change columns in ways only running it shows (DO blocks, CREATE TABLE AS, dynamic SQL);
   * `unparsed`: it changes tables but neither parser understood it.
   */
  readonly parser: 'node-sql-parser' | 'fallback' | 'ignored' | 'opaque' | 'unparsed'
  /** Why the statement is opaque or unparsed. */
  readonly problem?: string
}
