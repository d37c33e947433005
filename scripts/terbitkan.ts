/**
 * `npm run terbitkan`: the publishing gate for what writers changed in content/ (in the browser
 * editor or by hand). Runs the content check; on any error it lists them and stops, committing
 * nothing. Otherwise it commits the changed files under content/ with a message naming the pieces,
 * and pushes when the repository has a remote. Run it from the project folder.
 */
import { runChecks } from '../src/check/checks.ts';
import { CONTENT_DIR } from '../src/check/contentDir.ts';
import { formatProblem, summarize } from '../src/check/problems.ts';
import { changedFiles, git, pieceTitle, publishMessage } from '../src/check/publish.ts';

const cwd = process.cwd();

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  git(cwd, ['rev-parse', '--is-inside-work-tree']);
} catch {
  stop('Folder ini bukan repositori git. Jalankan perintah ini dari folder proyek ASN Prima.');
}

const problems = runChecks(CONTENT_DIR);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  stop(`\nTidak diterbitkan: ${summarize(problems)}. Perbaiki galat di atas (PANDUAN-PENULIS.md menjelaskan artinya), lalu jalankan lagi.`);
}
for (const p of problems) console.log(formatProblem(p));

const files = changedFiles(cwd, CONTENT_DIR).map((f) => ({ ...f, title: pieceTitle(cwd, f.path) }));
if (files.length === 0) {
  console.log(`Tidak ada perubahan di ${CONTENT_DIR}/ yang perlu diterbitkan.`);
  process.exit(0);
}

const message = publishMessage(files);
git(cwd, ['add', '--all', '--', ...files.map((f) => f.path)]);
// Only these paths: anything else the writer had staged stays out of this commit.
git(cwd, ['commit', '--quiet', '--message', message, '--', ...files.map((f) => f.path)]);
console.log(`Diterbitkan (commit ${git(cwd, ['rev-parse', '--short', 'HEAD']).trim()}):\n${message}`);

const remote = git(cwd, ['remote']).split('\n').find(Boolean);
if (remote) {
  try {
    git(cwd, ['push', remote, 'HEAD']);
    console.log(`Dikirim ke ${remote}.`);
  } catch (error) {
    stop(`Commit sudah dibuat, tetapi gagal dikirim ke ${remote}: ${error instanceof Error ? error.message : String(error)}\nCoba lagi nanti dengan: git push`);
  }
} else {
  console.log('Repositori ini tidak punya remote; commit hanya tersimpan di komputer ini.');
}
