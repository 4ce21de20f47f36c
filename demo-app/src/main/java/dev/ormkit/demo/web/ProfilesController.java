package dev.ormkit.demo.web;

import dev.ormkit.demo.api.Views.ProfileEnvelope;
import dev.ormkit.demo.security.CurrentUser;
import dev.ormkit.demo.service.ProfileService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Conduit's "Profile": get, follow, unfollow. */
@RestController
@RequestMapping("/api/profiles/{username}")
public class ProfilesController {
    private final ProfileService profiles;
    private final CurrentUser current;

    /** The endpoints over {@code profiles}. */
    public ProfilesController(ProfileService profiles, CurrentUser current) {
        this.profiles = profiles;
        this.current = current;
    }

    /** {@code GET /api/profiles/{username}}. */
    @GetMapping
    public ProfileEnvelope get(@PathVariable String username) {
        return new ProfileEnvelope(profiles.get(username, current.id().orElse(null)));
    }

    /** {@code POST /api/profiles/{username}/follow}. */
    @PostMapping("/follow")
    public ProfileEnvelope follow(@PathVariable String username) {
        return new ProfileEnvelope(profiles.follow(username, current.require()));
    }

    /** {@code DELETE /api/profiles/{username}/follow}. */
    @DeleteMapping("/follow")
    public ProfileEnvelope unfollow(@PathVariable String username) {
        return new ProfileEnvelope(profiles.unfollow(username, current.require()));
    }
}
