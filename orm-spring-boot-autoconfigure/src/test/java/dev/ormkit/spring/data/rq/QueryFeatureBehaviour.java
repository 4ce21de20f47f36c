package dev.ormkit.spring.data.rq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.spring.data.rq.Projections.AuthorLabel;
import dev.ormkit.spring.data.rq.Projections.AuthorName;
import dev.ormkit.spring.data.rq.Projections.AuthorRating;
import dev.ormkit.spring.data.rq.Projections.BookPages;
import dev.ormkit.spring.data.rq.Projections.BookView;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projections, {@code Window} scrolling, {@code Limit}, {@code @Query} with positional and
 * collection parameters, pages, slices and sorts, relationship criteria and bare repositories,
 * the same body on each database (one subclass per database). SQL is asserted through the
 * statement listener: projections select only their columns, keyset windows never count nor
 * use OFFSET.
 */
@SpringBootTest(classes = RqTestApplication.class, properties = "orm.ddl-auto=create")
abstract class QueryFeatureBehaviour {

    @Autowired RqAuthorRepository authors;
    @Autowired RqBookRepository books;
    @Autowired RqBareBookRepository bare;
    @Autowired Engine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    RqAuthor ann;
    RqAuthor ben;
    RqAuthor cat;
    RqAuthor dan;
    RqAuthor eve;

    static void datasource(DynamicPropertyRegistry registry, DatabaseKind kind) {
        SpringDatabases.register(registry, kind);
    }

    /** Seven books whose page counts run 100, 200 x4, 300, 400: a run of equal sort values to scroll across. */
    @BeforeEach
    void authors() {
        RqTag classic = new RqTag("classic");
        ann = new RqAuthor("ann", 5, true).add(new RqBook("A1", 100).tag(classic)).add(new RqBook("A2", 200))
                .add(new RqBook("A3", 200).tag(classic));
        ben = new RqAuthor("ben", 3, true).add(new RqBook("B1", 200)).add(new RqBook("B2", 200)).add(new RqBook("B3", 300));
        cat = new RqAuthor("cat", 1, false);
        dan = new RqAuthor("dan", 4, true).add(new RqBook("D1", 400));
        eve = new RqAuthor("eve", 2, false);
        authors.saveAll(List.of(ann, ben, cat, dan, eve));
    }

    @AfterEach
    void emptyTables() {
        jdbc.update("DELETE FROM rq_book_tags");
        jdbc.update("DELETE FROM rq_tags");
        jdbc.update("DELETE FROM rq_books");
        jdbc.update("DELETE FROM rq_authors");
    }

    private static List<String> usernames(List<RqAuthor> found) {
        return found.stream().map(RqAuthor::getUsername).toList();
    }

    private static List<String> titles(Iterable<RqBook> found) {
        List<String> out = new ArrayList<>();
        found.forEach(b -> out.add(b.getTitle()));
        return out;
    }

    /** The SELECT list of {@code sql}, lower case: what lies between SELECT and the first FROM. */
    private static String selectList(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.substring(lower.indexOf("select") + 6, lower.indexOf(" from "));
    }

    /** Every book in the order (pages, id) or (pages desc, id): what a keyset scroll must give. */
    private List<RqBook> booksByPages(boolean descending) {
        Comparator<RqBook> byPages = Comparator.comparingInt(RqBook::getPages);
        Comparator<RqBook> order = (descending ? byPages.reversed() : byPages).thenComparing(RqBook::getId);
        return books.findAll().stream().sorted(order).toList();
    }

    // --- projections ----------------------------------------------------------------------------

    @Test
    void interfaceProjectionsSelectOnlyTheirColumns() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            List<AuthorName> names = authors.findByActiveTrueOrderByUsername();
            assertThat(names).extracting(AuthorName::getUsername).containsExactly("ann", "ben", "dan");
            assertThat(names).extracting(AuthorName::getRating).containsExactly(5, 3, 4);
            assertThat(counter.count()).isEqualTo(1);
            String select = selectList(counter.statements().get(0));
            assertThat(select).contains("username", "rating").doesNotContain("email", "active", ".id");
        }
        assertThat(authors.findOneByUsername("ben")).get().extracting(AuthorName::getRating).isEqualTo(3);
        assertThat(authors.findOneByUsername("zed")).isEmpty();
    }

    @Test
    void recordProjectionsSelectOnlyTheirColumns() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(authors.findByRatingGreaterThanOrderByUsername(2)).containsExactly(
                    new AuthorRating("ann", 5), new AuthorRating("ben", 3), new AuthorRating("dan", 4));
            assertThat(selectList(counter.statements().get(0))).contains("username", "rating").doesNotContain("email");
        }
    }

    @Test
    void projectionsReachThroughManyToOneWithAnOuterJoin() {
        RqBook loose = books.save(new RqBook("Loose", 500));
        try (StatementCounter counter = StatementCounter.on(engine)) {
            List<BookView> views = books.findByPagesGreaterThanOrderByTitle(250);
            assertThat(views).extracting(BookView::getTitle).containsExactly("B3", "D1", "Loose");
            assertThat(views).extracting(BookView::getAuthorUsername).containsExactly("ben", "dan", null);
            String select = selectList(counter.statements().get(0));
            assertThat(select).contains("title", "username").doesNotContain("pages", "email");
            assertThat(counter.statements().get(0)).containsIgnoringCase("LEFT OUTER JOIN");
        }
        assertThat(loose.getId()).isNotNull();
    }

    @Test
    void dynamicProjections() {
        assertThat(authors.findByActiveOrderByUsername(false, AuthorRating.class))
                .containsExactly(new AuthorRating("cat", 1), new AuthorRating("eve", 2));
        assertThat(authors.findByActiveOrderByUsername(false, AuthorName.class)).extracting(AuthorName::getUsername)
                .containsExactly("cat", "eve");
        assertThat(authors.ratingsAs(false, AuthorRating.class))
                .containsExactly(new AuthorRating("cat", 1), new AuthorRating("eve", 2));
        assertThat(authors.ratingsAs(false, AuthorName.class)).extracting(AuthorName::getRating).containsExactly(1, 2);
        List<AuthorRating> streamed = tx.execute(s -> {
            try (Stream<AuthorRating> stream = authors.streamByActiveTrueOrderByUsername()) {
                return stream.toList();
            }
        });
        assertThat(streamed).extracting(AuthorRating::username).containsExactly("ann", "ben", "dan");
        List<RqAuthor> entities = authors.findByActiveOrderByUsername(false, RqAuthor.class);
        assertThat(entities).extracting(RqAuthor::getEmail).containsExactly("cat@example.com", "eve@example.com");
    }

    @Test
    void openProjectionsProjectTheLoadedObjects() {
        assertThat(authors.findByRatingOrderByUsername(5)).extracting(AuthorLabel::getLabel).containsExactly("ann/5");
    }

    @Test
    void pagesOfProjectionsCountTheObjects() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Page<AuthorRating> page = authors.findPageByActive(true, PageRequest.of(0, 2, Sort.by("username")));
            assertThat(page.getContent()).containsExactly(new AuthorRating("ann", 5), new AuthorRating("ben", 3));
            assertThat(page.getTotalElements()).isEqualTo(3);
            assertThat(counter.selects()).isEqualTo(2);
        }
    }

    // --- Window and Limit -----------------------------------------------------------------------

    /** Forward three by three, then back: the run of 200-page books spans the first boundary. */
    @Test
    void keysetWindowsScrollForwardAndBackwardAcrossEqualSortValues() {
        List<String> expected = titles(booksByPages(false));
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Window<RqBook> first = books.findFirst3ByOrderByPagesAsc(ScrollPosition.keyset());
            assertThat(titles(first)).containsExactlyElementsOf(expected.subList(0, 3));
            assertThat(first.hasNext()).isTrue();
            Window<RqBook> second = books.findFirst3ByOrderByPagesAsc(first.positionAt(first.size() - 1));
            assertThat(titles(second)).containsExactlyElementsOf(expected.subList(3, 6));
            assertThat(second.getContent()).extracting(RqBook::getPages).containsExactly(200, 200, 300);
            assertThat(second.hasNext()).isTrue();
            Window<RqBook> third = books.findFirst3ByOrderByPagesAsc(second.positionAt(second.size() - 1));
            assertThat(titles(third)).containsExactlyElementsOf(expected.subList(6, 7));
            assertThat(third.hasNext()).isFalse();
            assertThat(counter.selects()).isEqualTo(3); // one statement per window, never a count
            assertThat(counter.statements()).noneMatch(sql -> sql.toUpperCase(Locale.ROOT).contains("OFFSET"));

            KeysetScrollPosition beforeThird = ((KeysetScrollPosition) third.positionAt(0)).backward();
            Window<RqBook> back = books.findFirst3ByOrderByPagesAsc(beforeThird);
            assertThat(titles(back)).containsExactlyElementsOf(expected.subList(3, 6));
            assertThat(back.hasNext()).isTrue();
            Window<RqBook> start = books.findFirst3ByOrderByPagesAsc(back.positionAt(0));
            assertThat(titles(start)).containsExactlyElementsOf(expected.subList(0, 3));
            assertThat(start.hasNext()).isFalse();
            Window<RqBook> last = books.findFirst3ByOrderByPagesAsc(ScrollPosition.keyset().backward());
            assertThat(titles(last)).containsExactlyElementsOf(expected.subList(4, 7)); // from the end, in sort order
        }
    }

    @Test
    void keysetWindowsWithSortAndLimitArgumentsCoverEveryRowOnce() {
        List<String> expected = booksByPages(true).stream().filter(b -> b.getPages() > 100).map(RqBook::getTitle).toList();
        List<String> seen = new ArrayList<>();
        ScrollPosition position = ScrollPosition.keyset();
        Window<RqBook> window;
        do {
            window = books.findByPagesGreaterThan(100, position, Sort.by(Sort.Direction.DESC, "pages"), Limit.of(2));
            seen.addAll(titles(window));
            position = window.isEmpty() ? position : window.positionAt(window.size() - 1);
        } while (window.hasNext());
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void offsetWindows() {
        List<String> expected = titles(booksByPages(false));
        List<String> seen = new ArrayList<>();
        ScrollPosition position = ScrollPosition.offset();
        Window<RqBook> window;
        int windows = 0;
        do {
            window = books.findByPagesGreaterThan(0, position, Sort.by("pages", "id"), Limit.of(3));
            seen.addAll(titles(window));
            position = window.positionAt(window.size() - 1);
            windows++;
        } while (window.hasNext());
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(windows).isEqualTo(3);
    }

    @Test
    void keysetWindowsOfRecordsReadTheKeysBesideTheProjection() {
        List<BookPages> expected = booksByPages(true).stream().map(b -> new BookPages(b.getTitle(), b.getPages())).toList();
        List<BookPages> seen = new ArrayList<>();
        ScrollPosition position = ScrollPosition.keyset();
        Window<BookPages> window;
        try (StatementCounter counter = StatementCounter.on(engine)) {
            do {
                window = books.findTop3ByOrderByPagesDesc(position);
                seen.addAll(window.getContent());
                position = window.positionAt(window.size() - 1);
            } while (window.hasNext());
            assertThat(selectList(counter.statements().get(0))).contains("title", "pages").doesNotContain("author_id");
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void limitArguments() {
        assertThat(titles(books.findByPagesGreaterThanOrderByPagesAscTitleAsc(150, Limit.of(2)))).containsExactly("A2", "A3");
        assertThat(books.findByPagesGreaterThanOrderByPagesAscTitleAsc(150, Limit.unlimited())).hasSize(6);
    }

    // --- relationships --------------------------------------------------------------------------

    @Test
    void isEmptyOnCollectionsIsACorrelatedExists() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(usernames(authors.findByBooksIsEmptyOrderByUsername())).containsExactly("cat", "eve");
            assertThat(counter.statements().get(0)).containsIgnoringCase("NOT EXISTS").doesNotContainIgnoringCase("JOIN");
        }
        assertThat(usernames(authors.findByBooksIsNotEmptyOrderByUsername())).containsExactly("ann", "ben", "dan");
        // many-to-many: EXISTS on the association table
        assertThat(titles(books.findByTagsIsNotEmptyOrderByTitle())).containsExactly("A1", "A3");
        assertThat(books.countByTagsIsEmpty()).isEqualTo(5);
    }

    @Test
    void relationshipsCompareByForeignKey() {
        books.save(new RqBook("Loose", 10));
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(titles(books.findByAuthorOrderByTitle(ann))).containsExactly("A1", "A2", "A3");
            assertThat(counter.statements().get(0)).doesNotContainIgnoringCase("JOIN");
        }
        assertThat(titles(books.findByAuthorNotOrderByTitle(ann))).containsExactly("B1", "B2", "B3", "D1");
        assertThat(titles(books.findByAuthorOrderByTitle(null))).containsExactly("Loose");
        assertThat(titles(books.findByAuthorIsNull())).containsExactly("Loose");
    }

    // --- bare repositories ----------------------------------------------------------------------

    @Test
    void bareRepositoryMethodsRouteToTheBaseImplementation() {
        assertThat(bare.findAll()).hasSize(7);
        assertThat(bare.count()).isEqualTo(7);
        Page<RqBook> page = bare.findAll(PageRequest.of(1, 3, Sort.by("title")));
        assertThat(titles(page)).containsExactly("B1", "B2", "B3");
        assertThat(page.getTotalElements()).isEqualTo(7);
        RqBook saved = bare.save(new RqBook("New", 1));
        assertThat(bare.findById(saved.getId())).get().extracting(RqBook::getTitle).isEqualTo("New");
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(bare.findAll(Pageable.unpaged()).getTotalElements()).isEqualTo(8);
            assertThat(counter.count()).isEqualTo(1);
            assertThat(counter.statements().get(0)).doesNotContainIgnoringCase("LIMIT");
        }
    }

    // --- @Query ---------------------------------------------------------------------------------

    @Test
    void declaredQueriesTakePositionalAndCollectionParameters() {
        assertThat(usernames(authors.ratedAbove(2, true))).containsExactly("ann", "ben", "dan");
        assertThat(usernames(authors.withIds(List.of(ann.getId(), cat.getId(), -1L)))).containsExactly("ann", "cat");
        assertThat(usernames(authors.withNames("eve", "ben"))).containsExactly("ben", "eve");
        assertThat(usernames(authors.withNames("dan"))).containsExactly("dan");
    }

    @Test
    void declaredPagesUseTheCountQueryOnlyWhenNeeded() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Page<RqAuthor> first = authors.activePage(true, PageRequest.of(0, 2, Sort.by("username")));
            assertThat(usernames(first.getContent())).containsExactly("ann", "ben");
            assertThat(first.getTotalElements()).isEqualTo(3);
            assertThat(counter.selects()).isEqualTo(2);
            assertThat(counter.statements().get(1)).containsIgnoringCase("count(*)").doesNotContain("count_rows");
            counter.reset();
            Page<RqAuthor> partial = authors.activePage(true, PageRequest.of(0, 10));
            assertThat(partial.getTotalElements()).isEqualTo(3);
            assertThat(counter.selects()).isEqualTo(1); // a partial first page is the whole result
            counter.reset();
            Page<RqAuthor> unpaged = authors.activePage(true, Pageable.unpaged());
            assertThat(unpaged.getContent()).hasSize(3);
            assertThat(counter.selects()).isEqualTo(1);
            assertThat(counter.statements().get(0)).doesNotContainIgnoringCase("LIMIT");
        }
    }

    @Test
    void declaredPagesWithoutCountQueryCountTheWrappedStatement() {
        try (StatementCounter counter = StatementCounter.on(engine)) {
            Page<RqAuthor> second = authors.ratedPage(2, PageRequest.of(1, 2, Sort.by("username")));
            assertThat(usernames(second.getContent())).containsExactly("dan", "eve");
            assertThat(second.getTotalElements()).isEqualTo(4);
            assertThat(counter.statements().get(1)).contains("count_rows");
        }
        Page<AuthorName> names = authors.namesPage(PageRequest.of(1, 2));
        assertThat(names.getContent()).extracting(AuthorName::getUsername).containsExactly("cat", "dan");
        assertThat(names.getTotalElements()).isEqualTo(5);
    }

    @Test
    void declaredSlicesAndSorts() {
        Slice<RqAuthor> first = authors.ratedSlice(2, PageRequest.of(0, 3, Sort.by("username")));
        assertThat(usernames(first.getContent())).containsExactly("ann", "ben", "dan");
        assertThat(first.hasNext()).isTrue();
        Slice<RqAuthor> last = authors.ratedSlice(2, first.nextPageable());
        assertThat(usernames(last.getContent())).containsExactly("eve");
        assertThat(last.hasNext()).isFalse();
        assertThat(usernames(authors.active(true, Sort.by(Sort.Direction.DESC, "username")))).containsExactly("dan", "ben", "ann");
        assertThat(usernames(authors.active(true, PageRequest.of(1, 2, Sort.by("username"))))).containsExactly("dan");
    }

    @Test
    void declaredQueriesGiveProjectionsScalarsAndObjectsOfTheIdentityMap() {
        assertThat(authors.ratingsOf(false)).containsExactly(new AuthorRating("cat", 1), new AuthorRating("eve", 2));
        List<AuthorName> names = authors.names();
        assertThat(names).extracting(AuthorName::getUsername).containsExactly("ann", "ben", "cat", "dan", "eve");
        assertThat(names).extracting(AuthorName::getRating).containsExactly(5, 3, 1, 4, 2);
        assertThat(authors.usernames()).containsExactly("ann", "ben", "cat", "dan", "eve");
        assertThat(authors.countActive(true)).isEqualTo(3L);
        tx.executeWithoutResult(s -> {
            RqAuthor byId = authors.findById(ann.getId()).orElseThrow();
            assertThat(authors.byUsername("ann")).get().isSameAs(byId);
        });
    }
}
