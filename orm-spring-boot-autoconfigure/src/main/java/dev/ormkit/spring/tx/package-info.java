/** Spring transactions drive ormkit sessions: the connection provider over DataSourceUtils, the session bound to a transaction, NESTED savepoints and exception translation. */
@NullMarked
package dev.ormkit.spring.tx;

import org.jspecify.annotations.NullMarked;
