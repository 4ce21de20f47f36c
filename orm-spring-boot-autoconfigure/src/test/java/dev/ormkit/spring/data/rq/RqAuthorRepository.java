package dev.ormkit.spring.data.rq;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.query.Query;
import dev.ormkit.spring.data.rq.Projections.AuthorLabel;
import dev.ormkit.spring.data.rq.Projections.AuthorName;
import dev.ormkit.spring.data.rq.Projections.AuthorRating;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

public interface RqAuthorRepository extends OrmRepository<RqAuthor, Long> {

    // --- projections ----------------------------------------------------------------------------

    List<AuthorName> findByActiveTrueOrderByUsername();

    List<AuthorRating> findByRatingGreaterThanOrderByUsername(int rating);

    <T> List<T> findByActiveOrderByUsername(boolean active, Class<T> type);

    Optional<AuthorName> findOneByUsername(String username);

    Stream<AuthorRating> streamByActiveTrueOrderByUsername();

    Page<AuthorRating> findPageByActive(boolean active, Pageable pageable);

    List<AuthorLabel> findByRatingOrderByUsername(int rating);

    // --- relationships as subjects --------------------------------------------------------------

    List<RqAuthor> findByBooksIsEmptyOrderByUsername();

    List<RqAuthor> findByBooksIsNotEmptyOrderByUsername();

    // --- @Query ---------------------------------------------------------------------------------

    @Query("SELECT * FROM rq_authors WHERE rating > ?1 AND active = ?2 ORDER BY username")
    List<RqAuthor> ratedAbove(int rating, boolean active);

    @Query("SELECT * FROM rq_authors WHERE id IN :ids ORDER BY username")
    List<RqAuthor> withIds(Collection<Long> ids);

    @Query("SELECT * FROM rq_authors WHERE username IN (:names) ORDER BY username")
    List<RqAuthor> withNames(String... names);

    @Query(value = "SELECT * FROM rq_authors WHERE active = :active",
            countQuery = "SELECT count(*) FROM rq_authors WHERE active = :active")
    Page<RqAuthor> activePage(boolean active, Pageable pageable);

    @Query("SELECT * FROM rq_authors WHERE rating >= ?1")
    Page<RqAuthor> ratedPage(int rating, Pageable pageable);

    @Query("SELECT * FROM rq_authors WHERE rating >= :rating")
    Slice<RqAuthor> ratedSlice(int rating, Pageable pageable);

    @Query("SELECT * FROM rq_authors WHERE active = :active")
    List<RqAuthor> active(boolean active, Sort sort);

    @Query("SELECT * FROM rq_authors WHERE active = :active")
    List<RqAuthor> active(boolean active, Pageable pageable);

    @Query("SELECT username, rating FROM rq_authors WHERE active = :active ORDER BY username")
    List<AuthorRating> ratingsOf(boolean active);

    @Query("SELECT username, rating FROM rq_authors WHERE active = :active ORDER BY username")
    <T> List<T> ratingsAs(boolean active, Class<T> type);

    @Query("SELECT username AS username, rating AS rating FROM rq_authors ORDER BY username")
    List<AuthorName> names();

    @Query(value = "SELECT username, rating FROM rq_authors ORDER BY username", countQuery = "SELECT count(*) FROM rq_authors")
    Page<AuthorName> namesPage(Pageable pageable);

    @Query("SELECT username FROM rq_authors ORDER BY username")
    List<String> usernames();

    @Query("SELECT count(*) FROM rq_authors WHERE active = ?1")
    long countActive(boolean active);

    @Query("SELECT * FROM rq_authors WHERE username = :username")
    Optional<RqAuthor> byUsername(String username);
}
