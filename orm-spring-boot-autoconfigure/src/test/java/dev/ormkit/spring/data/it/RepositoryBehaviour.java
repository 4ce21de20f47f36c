package dev.ormkit.spring.data.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ormkit repositories in a real Spring context, the same body on each database (one subclass
 * per database, each with its own cached context): CRUD, save without extra SELECTs, each
 * derived keyword, paging, {@code @Query} and {@code @Modifying}.
 */
@SpringBootTest(classes = RepositoryTestApplication.class, properties = "orm.ddl-auto=create")
abstract class RepositoryBehaviour {

    @Autowired WriterRepository writers;
    @Autowired NovelRepository novels;
    @Autowired Engine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    Writer ada;
    Writer bob;
    Writer cyd;
    Writer dee;

    /** Points Boot's DataSource at the scratch database of {@code kind}. */
    static void datasource(DynamicPropertyRegistry registry, DatabaseKind kind) {
        SpringDatabases.register(registry, kind);
    }

    @BeforeEach
    void writers() {
        ada = new Writer("Ada", 5, true).add(new Novel("Engines", 300)).add(new Novel("Notes", 40));
        bob = new Writer("Bob_1", 3, true).add(new Novel("Bits", 120));
        cyd = new Writer("Cyd 50%", 1, false);
        dee = new Writer("Dee", null, true);
        writers.saveAll(List.of(ada, bob, cyd, dee));
    }

    @AfterEach
    void emptyTables() {
        jdbc.update("DELETE FROM repo_novels");
        jdbc.update("DELETE FROM repo_writers");
    }

    private static List<String> names(List<Writer> found) {
        return found.stream().map(Writer::getName).toList();
    }

    // --- CRUD -----------------------------------------------------------------------------------

    @Test
    void saveGivesIdsAndForeignKeysToTheGraph() {
        assertThat(ada.getId()).isNotNull();
        assertThat(ada.getNovels()).allSatisfy(n -> {
            assertThat(n.getId()).isNotNull();
            assertThat(n.getWriterId()).isEqualTo(ada.getId());
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM repo_novels WHERE writer_id = ?", Long.class, ada.getId()))
                .isEqualTo(2);
    }

    @Test
    void saveOfANewObjectInsertsWithoutSelecting() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Writer eve = new Writer("Eve", 4, true);
            Writer saved = writers.save(eve);
            assertThat(saved).isSameAs(eve);
            assertThat(eve.getId()).isNotNull();
            assertThat(counter.selects()).isZero();
            assertThat(counter.inserts()).isEqualTo(1);
        }
    }

    @Test
    void saveOfADetachedGraphUpdatesAndInsertsNewChildrenWithoutSelecting() {
        Writer loaded = tx.execute(s -> {
            Writer w = writers.findByName("Ada").orElseThrow();
            w.getNovels().size(); // loaded while attached
            return w; // detached when the transaction ends
        });
        loaded.setName("Ada L.");
        Novel third = new Novel("Analysis", 90);
        loaded.add(third);
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Writer saved = writers.save(loaded);
            assertThat(saved).isSameAs(loaded);
            assertThat(counter.selects()).as(counter.statements().toString()).isZero();
            assertThat(counter.updates()).isEqualTo(1);
            assertThat(counter.inserts()).isEqualTo(1);
        }
        assertThat(third.getId()).isNotNull();
        assertThat(third.getWriterId()).isEqualTo(ada.getId());
        assertThat(jdbc.queryForObject("SELECT name FROM repo_writers WHERE id = ?", String.class, ada.getId()))
                .isEqualTo("Ada L.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM repo_novels WHERE writer_id = ?", Long.class, ada.getId()))
                .isEqualTo(3);
    }

    @Test
    void readsAndCounts() {
        assertThat(writers.findById(bob.getId())).get().extracting(Writer::getName).isEqualTo("Bob_1");
        assertThat(writers.findById(-1L)).isEmpty();
        assertThat(writers.existsById(cyd.getId())).isTrue();
        assertThat(writers.existsById(-1L)).isFalse();
        assertThat(writers.count()).isEqualTo(4);
        assertThat(writers.findAll()).hasSize(4);
        assertThat(names(writers.findAll(Sort.by("name").descending()))).containsExactly("Dee", "Cyd 50%", "Bob_1", "Ada");
    }

    @Test
    void findAllByIdIsOneInQuery() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            List<Writer> found = writers.findAllById(List.of(ada.getId(), cyd.getId(), -1L));
            assertThat(names(found)).containsExactlyInAnyOrder("Ada", "Cyd 50%");
            assertThat(counter.count()).isEqualTo(1);
            assertThat(counter.statements().get(0)).containsIgnoringCase(" IN (");
        }
        assertThat(writers.findAllById(List.of())).isEmpty();
    }

    @Test
    void deletesWithoutRelationshipsAreOneBulkDelete() {
        List<Novel> all = novels.findAll();
        try (StatementCounter counter = StatementCounter.on(engine)) {
            novels.deleteAllById(all.stream().map(Novel::getId).toList());
            assertThat(counter.count()).as(counter.statements().toString()).isEqualTo(1);
            assertThat(counter.deletes()).isEqualTo(1);
        }
        assertThat(novels.count()).isZero();
        novels.saveAll(List.of(new Novel("Loose", 10), new Novel("Leaf", 20)));
        try (StatementCounter counter = StatementCounter.on(engine)) {
            novels.deleteAll();
            assertThat(counter.count()).isEqualTo(1);
        }
        assertThat(novels.count()).isZero();
        novels.deleteById(-1L); // a missing id is ignored, as Spring Data's stores do
    }

    @Test
    void deletesOfAClassWithChildrenGoThroughTheSession() {
        novels.deleteAll();
        writers.deleteById(cyd.getId());
        writers.delete(dee);
        assertThat(names(writers.findAll(Sort.by("name")))).containsExactly("Ada", "Bob_1");
        writers.deleteAll();
        assertThat(writers.count()).isZero();
    }

    @Test
    void queryByExample() {
        assertThat(names(writers.findAll(Example.of(new Writer(null, 3, true))))).containsExactly("Bob_1");
        ExampleMatcher containing = ExampleMatcher.matching().withStringMatcher(ExampleMatcher.StringMatcher.CONTAINING)
                .withIgnoreCase().withIgnorePaths("active");
        assertThat(names(writers.findAll(Example.of(new Writer("50%", null, false), containing)))).containsExactly("Cyd 50%");
        assertThat(writers.count(Example.of(new Writer(null, null, true)))).isEqualTo(3);
    }

    // --- derived queries ------------------------------------------------------------------------

    @Test
    void equalityAndLogic() {
        assertThat(writers.findByName("Ada")).get().extracting(Writer::getName).isEqualTo("Ada");
        assertThat(writers.findByName("nobody")).isEmpty();
        assertThat(writers.getByNameIgnoreCase("ADA").getName()).isEqualTo("Ada");
        assertThat(names(writers.findByNameAndRating("Ada", 5))).containsExactly("Ada");
        assertThat(writers.findByNameAndRating("Ada", 4)).isEmpty();
        assertThat(names(writers.findByNameOrRatingOrderByNameAsc("Dee", 3))).containsExactly("Bob_1", "Dee");
        assertThat(names(writers.readByNameNot("Ada"))).containsExactlyInAnyOrder("Bob_1", "Cyd 50%", "Dee");
        assertThat(names(writers.findByNameOrNameAllIgnoreCaseOrderByNameDesc("ada", "BOB_1"))).containsExactly("Bob_1", "Ada");
    }

    @Test
    void comparisons() {
        assertThat(names(writers.queryByRatingBetweenOrderByRatingDesc(1, 3))).containsExactly("Bob_1", "Cyd 50%");
        assertThat(names(writers.searchByRatingLessThan(3))).containsExactly("Cyd 50%");
        assertThat(names(writers.findByRatingLessThanEqualOrderByName(3))).containsExactly("Bob_1", "Cyd 50%");
        assertThat(names(writers.findByRatingGreaterThan(3))).containsExactly("Ada");
        assertThat(names(writers.findByRatingGreaterThanEqualOrderByName(3))).containsExactly("Ada", "Bob_1");
        assertThat(names(writers.findByRatingAfter(4))).containsExactly("Ada");
        assertThat(names(writers.findByRatingBefore(2))).containsExactly("Cyd 50%");
        assertThat(names(writers.findByRatingIsNull())).containsExactly("Dee");
        assertThat(names(writers.findByRatingIsNotNullOrderByName())).containsExactly("Ada", "Bob_1", "Cyd 50%");
        assertThat(names(writers.findByActiveTrueOrderByName())).containsExactly("Ada", "Bob_1", "Dee");
        assertThat(names(writers.findByActiveFalse())).containsExactly("Cyd 50%");
        assertThat(names(writers.findByNameIn(Set.of("Ada", "Dee", "x")))).containsExactlyInAnyOrder("Ada", "Dee");
        assertThat(writers.findByNameIn(Set.of())).isEmpty();
        assertThat(names(writers.findByNameNotInOrderByName(List.of("Ada", "Dee")))).containsExactly("Bob_1", "Cyd 50%");
    }

    /** LIKE forms: the caller's % and _ match themselves only, on every database. */
    @Test
    void likeFormsEscapeWildcards() {
        assertThat(names(writers.findByNameLike("B%"))).containsExactly("Bob_1");
        assertThat(names(writers.findByNameNotLikeOrderByName("%5%"))).containsExactly("Ada", "Bob_1", "Dee");
        assertThat(names(writers.findByNameStartingWith("Bob_"))).containsExactly("Bob_1");
        assertThat(writers.findByNameStartingWith("Bo%")).isEmpty();
        assertThat(writers.findByNameStartingWith("B_b")).isEmpty();
        assertThat(names(writers.findByNameEndingWith("50%"))).containsExactly("Cyd 50%");
        assertThat(writers.findByNameEndingWith("_")).isEmpty();
        assertThat(names(writers.findByNameContaining("b_"))).containsExactly("Bob_1");
        assertThat(writers.findByNameContaining("%")).extracting(Writer::getName).containsExactly("Cyd 50%");
        assertThat(writers.findByNameContaining("!")).isEmpty();
        assertThat(names(writers.findByNameNotContainingOrderByName("_"))).containsExactly("Ada", "Cyd 50%", "Dee");
        assertThat(names(writers.findByNameContainingIgnoreCase("cYD"))).containsExactly("Cyd 50%");
    }

    @Test
    void subjectsLimitsAndDistinct() {
        assertThat(names(writers.findTop2ByOrderByNameDesc())).containsExactly("Dee", "Cyd 50%");
        assertThat(writers.findFirstByOrderByRatingAsc().getName()).isIn("Cyd 50%", "Dee"); // NULL sorts per database
        assertThat(writers.countByActiveTrue()).isEqualTo(3);
        assertThat(writers.existsByName("Dee")).isTrue();
        assertThat(writers.existsByName("Zed")).isFalse();
        assertThat(names(writers.findDistinctByNovelsPagesGreaterThan(30))).containsExactlyInAnyOrder("Ada", "Bob_1");
        List<String> streamed = tx.execute(s -> {
            try (Stream<Writer> stream = writers.streamByActiveTrueOrderByName()) {
                return stream.map(Writer::getName).toList();
            }
        });
        assertThat(streamed).containsExactly("Ada", "Bob_1", "Dee");
        // the stream reads after the method returns: without the caller's transaction it fails at once
        assertThatThrownBy(() -> writers.streamByActiveTrueOrderByName()).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void singleResultWithSeveralRowsFails() {
        writers.save(new Writer("Eve", 5, true));
        assertThatThrownBy(() -> writers.findOneByRating(5)).isInstanceOf(IncorrectResultSizeDataAccessException.class);
        assertThat(writers.findOneByRating(3).getName()).isEqualTo("Bob_1");
        assertThat(writers.findOneByRating(7)).isNull();
    }

    @Test
    void pathsThroughRelationshipsJoin() {
        assertThat(novels.findByWriterNameOrderByTitle("Ada")).extracting(Novel::getTitle).containsExactly("Engines", "Notes");
        assertThat(novels.findByWriterNameOrderByTitle("Dee")).isEmpty();
    }

    @Test
    void derivedDeletes() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(novels.deleteByPagesLessThan(100)).isEqualTo(1);
            assertThat(counter.count()).as(counter.statements().toString()).isEqualTo(1);
        }
        assertThat(novels.deleteByTitleStartingWith("B")).isEqualTo(1);
        assertThat(novels.findAll()).extracting(Novel::getTitle).containsExactly("Engines");
        novels.deleteAll();
        assertThat(writers.deleteByRatingLessThan(4)).isEqualTo(2); // through the session: writers have novels
        assertThat(names(writers.findAll(Sort.by("name")))).containsExactly("Ada", "Dee");
    }

    // --- paging ---------------------------------------------------------------------------------

    @Test
    void pagesCountOnlyWhenTheRowsCannotTell() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Page<Writer> first = writers.findByActive(true, PageRequest.of(0, 2, Sort.by("name")));
            assertThat(names(first.getContent())).containsExactly("Ada", "Bob_1");
            assertThat(first.getTotalElements()).isEqualTo(3);
            assertThat(first.getTotalPages()).isEqualTo(2);
            assertThat(counter.selects()).isEqualTo(2); // rows, then the count
            counter.reset();
            Page<Writer> partial = writers.findByActive(true, PageRequest.of(0, 10, Sort.by("name")));
            assertThat(partial.getTotalElements()).isEqualTo(3);
            assertThat(counter.selects()).isEqualTo(1); // a partial first page is the whole result
            counter.reset();
            Page<Writer> all = writers.findByActive(true, Pageable.unpaged());
            assertThat(all.getContent()).hasSize(3);
            assertThat(counter.selects()).isEqualTo(1);
            assertThat(counter.statements().get(0)).doesNotContainIgnoringCase("LIMIT");
        }
        Page<Writer> second = writers.findAll(PageRequest.of(1, 3, Sort.by("name")));
        assertThat(names(second.getContent())).containsExactly("Dee");
        assertThat(second.getTotalElements()).isEqualTo(4);
    }

    @Test
    void slicesReadOneMoreRowAndNeverCount() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Slice<Writer> first = writers.findSliceByActive(true, PageRequest.of(0, 2, Sort.by("name")));
            assertThat(names(first.getContent())).containsExactly("Ada", "Bob_1");
            assertThat(first.hasNext()).isTrue();
            Slice<Writer> last = writers.findSliceByActive(true, first.nextPageable());
            assertThat(names(last.getContent())).containsExactly("Dee");
            assertThat(last.hasNext()).isFalse();
            assertThat(counter.selects()).isEqualTo(2);
        }
        assertThat(names(writers.findByActive(true, Sort.by("name").descending()))).containsExactly("Dee", "Bob_1", "Ada");
    }

    // --- @Query ---------------------------------------------------------------------------------

    @Test
    void declaredQueriesGiveObjectsOfTheIdentityMap() {
        assertThat(names(writers.rated(3))).containsExactly("Ada", "Bob_1");
        assertThat(writers.named("Dee")).get().extracting(Writer::getRating).isNull();
        assertThat(writers.countActive(true)).isEqualTo(3);
        assertThat(names(writers.pageOf(2, 1))).containsExactly("Bob_1", "Cyd 50%");
        tx.executeWithoutResult(s -> {
            Writer byId = writers.findById(ada.getId()).orElseThrow();
            assertThat(writers.named("Ada")).get().isSameAs(byId);
        });
    }

    @Test
    void modifyingQueriesReturnTheRowCountAndLeaveNoStaleObject() {
        tx.executeWithoutResult(s -> {
            Writer loaded = writers.findById(ada.getId()).orElseThrow();
            assertThat(writers.raiseRatings(10, true)).isEqualTo(2);
            Writer again = writers.findById(ada.getId()).orElseThrow(); // expired: read again, same instance
            assertThat(again).isSameAs(loaded);
            assertThat(loaded.getRating()).isEqualTo(15);
        });
        assertThat(writers.findById(bob.getId())).get().extracting(Writer::getRating).isEqualTo(13);
        assertThat(writers.findById(cyd.getId())).get().extracting(Writer::getRating).isEqualTo(1);
    }
}
