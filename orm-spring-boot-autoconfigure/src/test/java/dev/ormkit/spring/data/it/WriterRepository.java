package dev.ormkit.spring.data.it;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.query.Modifying;
import dev.ormkit.spring.data.query.Query;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Param;

public interface WriterRepository extends OrmRepository<Writer, Long> {

    Optional<Writer> findByName(String name);

    Writer getByNameIgnoreCase(String name);

    Writer findOneByRating(Integer rating);

    List<Writer> findByNameAndRating(String name, Integer rating);

    List<Writer> findByNameOrRatingOrderByNameAsc(String name, Integer rating);

    List<Writer> readByNameNot(String name);

    List<Writer> queryByRatingBetweenOrderByRatingDesc(int low, int high);

    List<Writer> searchByRatingLessThan(int rating);

    List<Writer> findByRatingLessThanEqualOrderByName(int rating);

    List<Writer> findByRatingGreaterThan(int rating);

    List<Writer> findByRatingGreaterThanEqualOrderByName(int rating);

    List<Writer> findByRatingAfter(int rating);

    List<Writer> findByRatingBefore(int rating);

    List<Writer> findByRatingIsNull();

    List<Writer> findByRatingIsNotNullOrderByName();

    List<Writer> findByNameLike(String pattern);

    List<Writer> findByNameNotLikeOrderByName(String pattern);

    List<Writer> findByNameStartingWith(String prefix);

    List<Writer> findByNameEndingWith(String suffix);

    List<Writer> findByNameContaining(String part);

    List<Writer> findByNameNotContainingOrderByName(String part);

    List<Writer> findByNameContainingIgnoreCase(String part);

    List<Writer> findByNameIn(Collection<String> names);

    List<Writer> findByNameNotInOrderByName(Collection<String> names);

    List<Writer> findByActiveTrueOrderByName();

    List<Writer> findByActiveFalse();

    List<Writer> findByNameOrNameAllIgnoreCaseOrderByNameDesc(String one, String other);

    List<Writer> findTop2ByOrderByNameDesc();

    Writer findFirstByOrderByRatingAsc();

    List<Writer> findDistinctByNovelsPagesGreaterThan(int pages);

    long countByActiveTrue();

    boolean existsByName(String name);

    Stream<Writer> streamByActiveTrueOrderByName();

    Page<Writer> findByActive(boolean active, Pageable pageable);

    Slice<Writer> findSliceByActive(boolean active, Pageable pageable);

    List<Writer> findByActive(boolean active, Sort sort);

    long deleteByRatingLessThan(int rating);

    @Query("SELECT * FROM repo_writers WHERE rating >= :min ORDER BY name")
    List<Writer> rated(@Param("min") int min);

    @Query("SELECT * FROM repo_writers WHERE name = :name")
    Optional<Writer> named(String name);

    @Query("SELECT count(*) FROM repo_writers WHERE active = :active")
    long countActive(boolean active);

    @Query("SELECT * FROM repo_writers ORDER BY name LIMIT :size OFFSET :skip")
    List<Writer> pageOf(int size, int skip);

    @Modifying
    @Query("UPDATE repo_writers SET rating = rating + :by WHERE active = :active AND rating IS NOT NULL")
    int raiseRatings(int by, boolean active);
}
