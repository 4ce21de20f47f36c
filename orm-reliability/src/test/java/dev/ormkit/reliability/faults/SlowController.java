package dev.ormkit.reliability.faults;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A slow endpoint: each request keeps one pooled connection for the time asked. */
@RestController
public class SlowController {
    private final FaultyOperations operations;

    SlowController(FaultyOperations operations) {
        this.operations = operations;
    }

    /** Holds a connection {@code millis} long, then answers "done". */
    @PostMapping("/slow")
    public String slow(@RequestParam("millis") long millis) throws InterruptedException {
        operations.holdConnection(millis);
        return "done";
    }
}
