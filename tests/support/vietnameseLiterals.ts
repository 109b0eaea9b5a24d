import fs from 'node:fs';
import ts from 'typescript';

/** Vietnamese written in code: any letter with a Vietnamese diacritic (tone or vowel mark), or đ. */
export const isVietnamese = (text: string): boolean => /[\u0300-\u036f]|[đĐ]/u.test(text.normalize('NFD'));

/** The Vietnamese string and template literals of a TypeScript file (comments are not literals). */
export function vietnameseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      if (isVietnamese(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
