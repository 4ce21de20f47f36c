package dev.ormkit.spring.data;

import java.util.List;
import java.util.Optional;
import dev.ormkit.sql.Expression;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Queries by a typed criterion of the metamodel, for conditions method names cannot express
 * (grouped AND/OR, functions, comparisons of two columns):
 * <pre>{@code
 * import static dev.ormkit.sql.Sql.*;
 *
 * interface UserRepository extends OrmRepository<User, Long>, OrmPredicateExecutor<User> {}
 *
 * users.findAll(or(User_.username.eq("alice"), and(User_.age.gt(30), User_.active.isTrue())), Sort.by("username"));
 * }</pre>
 * A repository interface that extends it gets these methods; they run read-only, joining the
 * caller's transaction.
 *
 * @param <T> the mapped class
 */
public interface OrmPredicateExecutor<T> {

    /**
     * The one object matching {@code criterion}, or empty.
     *
     * @throws org.springframework.dao.IncorrectResultSizeDataAccessException when more than one matches
     */
    Optional<T> findOne(Expression<Boolean> criterion);

    /** The objects matching {@code criterion}. */
    List<T> findAll(Expression<Boolean> criterion);

    /** The objects matching {@code criterion}, in the order of {@code sort}. */
    List<T> findAll(Expression<Boolean> criterion, Sort sort);

    /** A page of the objects matching {@code criterion}: LIMIT/OFFSET in SQL, a count only when needed. */
    Page<T> findAll(Expression<Boolean> criterion, Pageable pageable);

    /** How many objects match {@code criterion}. */
    long count(Expression<Boolean> criterion);

    /** Whether some object matches {@code criterion}. */
    boolean exists(Expression<Boolean> criterion);
}
