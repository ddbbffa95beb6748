package dev.schemac.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the project's compiled migrations and its migration index. Parent first, so the migrations link against the
 * plugin's schemac runtime (the one that runs them), and the project's own copy of it is not used.
 */
final class ProjectClassLoader {
    private ProjectClassLoader() {
    }

    static URLClassLoader over(List<String> runtimeClasspath, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String element : runtimeClasspath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("classpath element " + element + " is not a path", e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
