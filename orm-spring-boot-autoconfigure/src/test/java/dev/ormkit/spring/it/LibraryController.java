package dev.ormkit.spring.it;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.spring.it.model.Author;
import dev.ormkit.spring.it.model.Book;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Walks a lazy relationship of what a read-only transactional service returned. */
@RestController
public class LibraryController {
    /** Lets a test hold a request after its transaction ended: counted down when it got there, awaited to go on. */
    static volatile CountDownLatch transactionOver = new CountDownLatch(0);
    static volatile CountDownLatch goOn = new CountDownLatch(0);

    private final AuthorService service;

    public LibraryController(AuthorService service) {
        this.service = service;
    }

    @GetMapping("/authors/{name}/titles")
    public String titles(@PathVariable String name) throws InterruptedException {
        Author author = service.find(name);
        transactionOver.countDown();
        if (!goOn.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never let the request go on");
        }
        // the transaction is over; the lazy collection loads now, through the request's session
        return String.join(",", author.getBooks().stream().map(Book::getTitle).sorted().toList());
    }

    @ExceptionHandler(DetachedInstanceException.class)
    ResponseEntity<String> detached(DetachedInstanceException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
