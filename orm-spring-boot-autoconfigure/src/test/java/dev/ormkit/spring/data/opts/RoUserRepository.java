package dev.ormkit.spring.data.opts;

import java.util.List;
import java.util.Optional;
import dev.ormkit.orm.LoaderOption;
import dev.ormkit.spring.data.LoaderOptions;
import dev.ormkit.spring.data.OrmPredicateExecutor;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.query.Query;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.Param;

public interface RoUserRepository extends OrmRepository<RoUser, Long>, OrmPredicateExecutor<RoUser>,
        RoUserRepositoryCustom {

    List<RoUser> findByActiveTrueOrderByUsername();

    @LoaderOptions(selectin = "posts")
    List<RoUser> findByActiveOrderByUsername(boolean active);

    @LoaderOptions(joined = "posts", selectin = "posts.comments")
    List<RoUser> findByAgeGreaterThanOrderByUsername(int age);

    @LoaderOptions(subquery = "posts")
    List<RoUser> findByAgeLessThanOrderByUsername(int age);

    @LoaderOptions(raise = "posts")
    List<RoUser> findByUsernameStartingWith(String prefix);

    Optional<RoUser> findByUsername(String username, LoaderOption... options);

    @LoaderOptions(selectin = "posts")
    Page<RoUser> findByActive(boolean active, Pageable pageable);

    @LoaderOptions(joined = "posts")
    Page<RoUser> readByActive(boolean active, Pageable pageable);

    Page<RoUser> findByAgeNotNull(Pageable pageable, LoaderOption... options);

    @Query("SELECT * FROM ro_users WHERE age >= :age ORDER BY username")
    @LoaderOptions(joined = "posts")
    List<RoUser> olderThan(@Param("age") int age);

    @Query("SELECT * FROM ro_users WHERE username = :name")
    RoUser named(@Param("name") String name, LoaderOption... options);
}
