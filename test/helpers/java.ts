// Runs the small Java checkers in test/helpers/java/ (Apache Jena 4.5, OWL API 5) from Debian's jars: one JVM per call,
// the source compiled by `java File.java` (JDK 11+ single-file launch), commands on stdin, JSON lines on stdout.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const JARS = '/usr/share/java';
const HERE = fileURLToPath(new URL('./java/', import.meta.url));
const INSTALL = 'apt-get install -y libapache-jena-java libowlapi-java openjdk-17-jdk-headless (see scripts/install-test-peers.sh)';

const jar = (name: string): string => {
  const path = join(JARS, `${name}.jar`);
  if (!existsSync(path)) throw new Error(`${path} is missing: ${INSTALL}`);
  return path;
};

/**
 * Jena from Debian's libapache-jena-java. `-cp '/usr/share/java/*'` does not work: it brings two SLF4J bindings
 * (log4j-over-slf4j and slf4j-log4j12), a fatal IllegalStateException; so the path names each jar, with one
 * binding (slf4j-simple, to stderr). Debian's jena-core moved the xerces classes to package `xerces.*` but left
 * their .properties behind ("internal error" in XSSimpleTypeDecl at JenaSystem.init): java/jena-fix holds copies
 * where the classes look for them.
 */
function jenaClasspath(): string[] {
  const jena = readdirSync(JARS).filter((f) => /^jena-[a-z0-9-]+\.jar$/.test(f) && !/-\d+\.[\d.]+\.jar$/.test(f)).map((f) => join(JARS, f));
  if (jena.length === 0) throw new Error(`Apache Jena is not installed (${JARS}/jena-*.jar): ${INSTALL}`);
  const libs = ['commons-cli', 'commons-codec', 'commons-compress', 'commons-csv', 'commons-io', 'commons-lang3', 'dexx.collection', 'gson', 'guava',
    'httpclient', 'httpcore', 'jackson-core', 'jackson-databind', 'jackson-annotations', 'jakarta.json-api', 'httpclient-cache', 'jcl-over-slf4j',
    'jsonld-java', 'protobuf', 'thrift', 'titanium-json-ld', 'slf4j-api', 'slf4j-simple'];
  return [join(HERE, 'jena-fix'), ...jena, ...libs.map(jar)];
}

/** OWL API 5 from Debian's libowlapi-java, with the jars it needs (and one SLF4J binding, as for Jena). */
function owlApiClasspath(): string[] {
  const libs = ['owlapi-distribution', 'caffeine', 'commons-codec', 'commons-io', 'commons-rdf-api', 'guava', 'hppcrt', 'atinject-jsr330-api', 'guice',
    'aopalliance', 'jackson-core', 'jackson-databind', 'jackson-annotations', 'xz', 'jsr305', 'gson', 'slf4j-api', 'slf4j-simple'];
  const rdf4j = readdirSync(JARS).filter((f) => /^rdf4j-[a-z0-9-]+\.jar$/.test(f) && !/-\d+\.[\d.]+\.jar$/.test(f)).map((f) => join(JARS, f));
  return [...libs.map(jar), ...rdf4j];
}

export type JavaChecker = 'JenaCheck' | 'OwlProfileCheck';

const CLASSPATH: Record<JavaChecker, () => string[]> = { JenaCheck: jenaClasspath, OwlProfileCheck: owlApiClasspath };

/** Runs a checker once with `commands` on stdin; one parsed JSON object per stdout line. */
export function runJavaChecker<T = Record<string, unknown>>(checker: JavaChecker, commands: readonly string[], timeoutMs = 180_000): Promise<T[]> {
  const args = ['-Xmx1g', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Dorg.slf4j.simpleLogger.defaultLogLevel=error', '-cp', CLASSPATH[checker]().join(':'), join(HERE, `${checker}.java`)];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (error) => reject(new Error(`java could not start (${error.message}): ${INSTALL}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${checker} exited ${code}:\n${stderr.slice(-3000)}`));
      resolve(stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T));
    });
    child.stdin.end(`${commands.join('\n')}\n`);
  });
}
