package dev.schemac.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Loads the project's compiled migrations and its migration index. Parent first, so the migrations link against the
 * plugin's schemac runtime (the one that runs them), and the project's own copy of it is not used.
 */
final class ProjectClassLoader {
    private ProjectClassLoader() {
    }

    /** Over the project's runtime classpath, for the goal named, which reports a missing resolution. */
    static URLClassLoader of(MavenProject project, ClassLoader parent, String goal) throws MojoExecutionException {
        try {
            return over(project.getRuntimeClasspathElements(), parent);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("schemac " + goal + " needs the project's runtime classpath: "
                    + e.getMessage(), e);
        }
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
