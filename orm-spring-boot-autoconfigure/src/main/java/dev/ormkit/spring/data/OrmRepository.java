package dev.ormkit.spring.data;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.ListQueryByExampleExecutor;

/**
 * The repository interface an application extends for an ormkit-mapped class: CRUD, paging and
 * sorting, and query by example (a {@code QueryByExampleExecutor} returning lists), run on the session of the current Spring transaction.
 *
 * @param <T> the mapped class
 * @param <ID> the type of its primary key
 */
@NoRepositoryBean
public interface OrmRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID>,
        ListQueryByExampleExecutor<T> {
}
