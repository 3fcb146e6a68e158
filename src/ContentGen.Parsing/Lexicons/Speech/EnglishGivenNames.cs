namespace ContentGen.Parsing.Lexicons.Speech;

/// <summary>
/// Common given names of Britain, Ireland, the United States and the Commonwealth whose gender is plain, for
/// <see cref="SpeechWords.MaleGivenNames"/> and <see cref="SpeechWords.FemaleGivenNames"/>: an editor knows a
/// woman from a man by her given name, and reads "sourit la retraitée" after one. A name written in
/// another language's list is not repeated here (one list holds each name), and a name whose gender
/// differs across the languages or is given to both (Andrea, Simone, Nicola, Jean, Dominique, Claude,
/// Camille, Sacha, Kim, Alex, Sam, Robin, Maria) is in no list.
/// </summary>
internal static class EnglishGivenNames
{
    /// <summary>Men's given names.</summary>
    public const string Male =
        "james john robert michael william david richard joseph thomas charles christopher daniel matthew "
        + "anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason "
        + "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin gregory "
        + "frank raymond samuel patrick jack dennis jerry tyler aaron henry douglas peter adam nathan zachary "
        + "walter kyle harold carl arthur gerald roger keith jeremy lawrence terry sean christian albert joe "
        + "ethan austin jesse willie billy bruce bryan ralph roy eugene russell louis philip harry bobby johnny "
        + "howard vincent oliver alfie callum connor declan dylan finley gareth graham hamish iain ian lewis "
        + "liam luke malcolm mohammed muhammad neil nigel owen rhys rory ross simon stuart toby trevor wayne "
        + "alistair angus barry colin craig darren dean duncan euan fraser gavin geoffrey gordon keir leon "
        + "lloyd martyn nathaniel niall oscar reece rodney rupert seamus shaun steve tom tony warren clive "
        + "derek desmond";

    /// <summary>Women's given names.</summary>
    public const string Female =
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
        + "sandra dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon "
        + "laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine "
        + "christine debra rachel catherine carolyn janet heather diane ruth julie olivia joyce virginia "
        + "victoria lauren christina evelyn judith megan cheryl hannah jacqueline martha gloria teresa sara "
        + "madison frances kathryn janice abigail alice judy sophia denise doris marilyn danielle beverly "
        + "isabella theresa diana natalie brittany charlotte marie kayla alexis lori amelia chloe eleanor ellie "
        + "eloise fiona gemma georgia gillian harriet imogen isla jane joanne kirsty lucy maisie mollie "
        + "philippa poppy rosie sian siobhan tracey vanessa wendy yvonne zoe abbie bethany caitlin carys ffion "
        + "freya hayley jodie kerry leanne lorna morag niamh rhiannon shona stacey tamsin trudy";
}
