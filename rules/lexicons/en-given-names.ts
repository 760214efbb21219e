/**
 * Frequent English given names (from public US and UK birth-name statistics), used only to confirm that a
 * "Firstname Lastname" value in a name-like column is a person rather than a product.
 */
export const EN_GIVEN_NAMES = new Set(
  (
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony ' +
    'mark donald steven steve paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ' +
    'ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander ' +
    'frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ' +
    'ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan ' +
    'jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ' +
    'ralph eugene russell bobby mason philip louis liam oliver lucas leo oscar harry charlie freddie alfie ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ' +
    'ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura ' +
    'cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine ' +
    'debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly ' +
    'lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara ' +
    'madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle ' +
    'beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori ava mia amelia isla ' +
    'ella chloe lily grace anne maria carlos juan luis miguel pedro jorge antonio francisco manuel javier ' +
    'ana carmen rosa lucia elena sofia isabel wei li ming hui yan jun lei jing tao chen'
  ).split(' '),
)
